package vn.unioncare.safety;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.unioncare.common.ClientRateLimit;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Per-client limits for the public safety-report pages and API: at most {@code limit} requests of an action in any
 * {@code window} (a sliding window), each action counted by a {@link ClientRateLimit} of its own, which keeps only a
 * salted hash of the client's address in memory, never the address itself.
 */
@Component
public class PublicRateLimiter {

    private final Map<PublicAction, ClientRateLimit> limits = new EnumMap<>(PublicAction.class);

    PublicRateLimiter(Clock clock,
                      @Value("${unioncare.safety.rate-limit.submit-limit:5}") int submitLimit,
                      @Value("${unioncare.safety.rate-limit.submit-window:PT10M}") Duration submitWindow,
                      @Value("${unioncare.safety.rate-limit.track-limit:30}") int trackLimit,
                      @Value("${unioncare.safety.rate-limit.track-window:PT1M}") Duration trackWindow,
                      @Value("${unioncare.safety.rate-limit.max-clients:10000}") int maxClients) {
        limits.put(PublicAction.SUBMIT, new ClientRateLimit(clock, submitLimit, submitWindow, maxClients));
        limits.put(PublicAction.TRACK, new ClientRateLimit(clock, trackLimit, trackWindow, maxClients));
    }

    /**
     * Counts this request of the client at {@code clientAddress} (e.g. {@code request.getRemoteAddr()}) and says
     * whether it may go ahead. A refused request is not counted, so waiting the given time is always enough.
     */
    public RateDecision attempt(PublicAction action, String clientAddress) {
        Duration wait = limits.get(action).attempt(clientAddress);
        return wait.isZero() ? RateDecision.ALLOWED : RateDecision.refused(wait);
    }

    /** How many clients are remembered for an action (for tests and monitoring; never which). */
    int rememberedClients(PublicAction action) {
        return limits.get(action).rememberedClients();
    }
}
