package vn.unioncare.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * At most {@code limit} requests per client in any {@code window} (a sliding window), for public pages and APIs that
 * anyone may call. Clients are told apart by a salted hash of their address, the salt drawn at construction and held
 * only in memory: the address itself is never kept, and the keys mean nothing after a restart. At most
 * {@code maxClients} clients are remembered; the least recently seen are forgotten first, and clients whose requests
 * have all left the window are dropped as soon as they are the oldest. Thread-safe.
 */
public final class ClientRateLimit {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final int maxClients;
    private final byte[] salt = new byte[32];
    private final LinkedHashMap<ByteBuffer, Deque<Instant>> seen = new LinkedHashMap<>(16, 0.75f, true);

    public ClientRateLimit(Clock clock, int limit, Duration window, int maxClients) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive count and window");
        }
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.maxClients = Math.max(1, maxClients);
        new SecureRandom().nextBytes(salt);
    }

    /**
     * Counts this request of the client at {@code clientAddress} (e.g. {@code request.getRemoteAddr()}, null for an
     * unknown one) and returns {@link Duration#ZERO} when it may go ahead, otherwise how long the client must wait.
     * A refused request is not counted, so waiting the given time is always enough.
     */
    public synchronized Duration attempt(String clientAddress) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        forgetIdleClients(cutoff);
        Deque<Instant> requests = seen.computeIfAbsent(clientKey(clientAddress), key -> new ArrayDeque<>());
        while (!requests.isEmpty() && !requests.peekFirst().isAfter(cutoff)) {
            requests.removeFirst();
        }
        if (requests.size() >= limit) {
            return Duration.between(now, requests.peekFirst().plus(window));
        }
        requests.addLast(now);
        if (seen.size() > maxClients) {
            Iterator<ByteBuffer> eldest = seen.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return Duration.ZERO;
    }

    /** How many clients are remembered (for tests and monitoring; never which). */
    public synchronized int rememberedClients() {
        return seen.size();
    }

    /** Whole seconds for a {@code Retry-After} header, at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    /** Drops, least recently seen first, the clients whose requests have all left the window. */
    private void forgetIdleClients(Instant cutoff) {
        Iterator<Deque<Instant>> oldest = seen.values().iterator();
        while (oldest.hasNext()) {
            Deque<Instant> requests = oldest.next();
            if (!requests.isEmpty() && requests.peekLast().isAfter(cutoff)) {
                return;
            }
            oldest.remove();
        }
    }

    private ByteBuffer clientKey(String clientAddress) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update((clientAddress == null ? "" : clientAddress).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
