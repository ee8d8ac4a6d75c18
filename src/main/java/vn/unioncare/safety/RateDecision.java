package vn.unioncare.safety;

import vn.unioncare.common.ClientRateLimit;

import java.time.Duration;

/** Whether a public request may go ahead; when refused, how long the client should wait (HTTP 429, Retry-After). */
public record RateDecision(boolean allowed, Duration retryAfter) {

    static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

    static RateDecision refused(Duration retryAfter) {
        return new RateDecision(false, retryAfter);
    }

    /** Goes on when allowed; otherwise refuses with 429 and a message naming how many seconds to wait. */
    public void requireAllowed() {
        if (!allowed) {
            throw new SafetyException("safety.rateLimited", 429, "rate limited", retryAfterSeconds());
        }
    }

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
        return ClientRateLimit.seconds(retryAfter);
    }
}
