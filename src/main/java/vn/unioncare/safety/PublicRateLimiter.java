package vn.unioncare.safety;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-client limits for the public safety-report pages and API: at most {@code limit} requests of an action in any
 * {@code window} (a sliding window). Clients are told apart by an HMAC of their address with a salt drawn at start-up,
 * held only in memory: the address itself is never kept, logged or stored, and the keys mean nothing after a restart.
 * At most {@code max-clients} clients per action are remembered; the least recently seen are forgotten first, and
 * clients whose requests have all left the window are dropped as soon as they are the oldest.
 */
@Component
public class PublicRateLimiter {

    /** A limit: at most {@code limit} requests in any {@code window}. */
    record Limit(int limit, Duration window) {
        Limit {
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a positive count and window");
            }
        }
    }

    private final Clock clock;
    private final Map<PublicAction, Limit> limits;
    private final int maxClients;
    private final byte[] salt = new byte[32];
    private final Map<PublicAction, LinkedHashMap<ByteBuffer, Deque<Instant>>> seen = new EnumMap<>(PublicAction.class);

    PublicRateLimiter(Clock clock,
                      @Value("${unioncare.safety.rate-limit.submit-limit:5}") int submitLimit,
                      @Value("${unioncare.safety.rate-limit.submit-window:PT10M}") Duration submitWindow,
                      @Value("${unioncare.safety.rate-limit.track-limit:30}") int trackLimit,
                      @Value("${unioncare.safety.rate-limit.track-window:PT1M}") Duration trackWindow,
                      @Value("${unioncare.safety.rate-limit.max-clients:10000}") int maxClients) {
        this.clock = clock;
        this.limits = Map.of(PublicAction.SUBMIT, new Limit(submitLimit, submitWindow),
                PublicAction.TRACK, new Limit(trackLimit, trackWindow));
        this.maxClients = Math.max(1, maxClients);
        new SecureRandom().nextBytes(salt);
        for (PublicAction action : PublicAction.values()) {
            seen.put(action, new LinkedHashMap<>(16, 0.75f, true));
        }
    }

    /**
     * Counts this request of the client at {@code clientAddress} (e.g. {@code request.getRemoteAddr()}) and says
     * whether it may go ahead. A refused request is not counted, so waiting the given time is always enough.
     */
    public synchronized RateDecision attempt(PublicAction action, String clientAddress) {
        Instant now = clock.instant();
        Limit limit = limits.get(action);
        LinkedHashMap<ByteBuffer, Deque<Instant>> clients = seen.get(action);
        forgetIdleClients(clients, now.minus(limit.window()));
        Deque<Instant> requests = clients.computeIfAbsent(clientKey(clientAddress), key -> new ArrayDeque<>());
        dropBefore(requests, now.minus(limit.window()));
        if (requests.size() >= limit.limit()) {
            return RateDecision.refused(Duration.between(now, requests.peekFirst().plus(limit.window())));
        }
        requests.addLast(now);
        if (clients.size() > maxClients) {
            Iterator<ByteBuffer> eldest = clients.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return RateDecision.ALLOWED;
    }

    /** How many clients are remembered for an action (for tests and monitoring; never which). */
    synchronized int rememberedClients(PublicAction action) {
        return seen.get(action).size();
    }

    /** Drops, least recently seen first, the clients whose requests have all left the window. */
    private static void forgetIdleClients(LinkedHashMap<ByteBuffer, Deque<Instant>> clients, Instant cutoff) {
        Iterator<Deque<Instant>> oldest = clients.values().iterator();
        while (oldest.hasNext()) {
            Deque<Instant> requests = oldest.next();
            if (!requests.isEmpty() && requests.peekLast().isAfter(cutoff)) {
                return;
            }
            oldest.remove();
        }
    }

    private static void dropBefore(Deque<Instant> requests, Instant cutoff) {
        while (!requests.isEmpty() && !requests.peekFirst().isAfter(cutoff)) {
            requests.removeFirst();
        }
    }

    private ByteBuffer clientKey(String clientAddress) {
        return ByteBuffer.wrap(KeyedHash.of(salt, clientAddress == null ? "" : clientAddress));
    }
}
