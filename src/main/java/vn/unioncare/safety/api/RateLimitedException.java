package vn.unioncare.safety.api;

import vn.unioncare.safety.RateDecision;

/** A public request over its client's limit: answered 429 with {@code Retry-After}. */
class RateLimitedException extends RuntimeException {

    private final transient RateDecision decision;

    RateLimitedException(RateDecision decision) {
        super("rate limited", null, false, false);
        this.decision = decision;
    }

    RateDecision decision() {
        return decision;
    }
}
