package vn.unioncare.safety;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicRateLimiterTest {

    /** A clock that stands still until the test moves it. */
    private static final class StoppedClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final StoppedClock clock = new StoppedClock();

    private PublicRateLimiter limiter(int maxClients) {
        return new PublicRateLimiter(clock, 5, Duration.ofMinutes(10), 30, Duration.ofMinutes(1), maxClients);
    }

    private static long allowedOf(PublicRateLimiter limiter, PublicAction action, String client, int attempts) {
        long allowed = 0;
        for (int i = 0; i < attempts; i++) {
            if (limiter.attempt(action, client).allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    @Test
    void aClientSubmitsFiveReportsInTenMinutesAndIsToldWhenToTryAgain() {
        PublicRateLimiter limiter = limiter(100);
        assertThat(allowedOf(limiter, PublicAction.SUBMIT, "203.0.113.7", 5)).isEqualTo(5);
        clock.advance(Duration.ofMinutes(4));
        RateDecision sixth = limiter.attempt(PublicAction.SUBMIT, "203.0.113.7");
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofMinutes(6));
        assertThat(sixth.retryAfterSeconds()).isEqualTo(360);

        clock.advance(Duration.ofMinutes(6));
        assertThat(limiter.attempt(PublicAction.SUBMIT, "203.0.113.7").allowed()).isTrue();
    }

    @Test
    void theWindowSlides() {
        PublicRateLimiter limiter = limiter(100);
        for (int minute = 0; minute < 5; minute++) {
            assertThat(limiter.attempt(PublicAction.SUBMIT, "client").allowed()).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(limiter.attempt(PublicAction.SUBMIT, "client").allowed()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(allowedOf(limiter, PublicAction.SUBMIT, "client", 2)).as("only the first request left").isEqualTo(1);
    }

    @Test
    void refusedAttemptsDoNotProlongTheWait() {
        PublicRateLimiter limiter = limiter(100);
        allowedOf(limiter, PublicAction.SUBMIT, "client", 5);
        clock.advance(Duration.ofMinutes(9));
        assertThat(allowedOf(limiter, PublicAction.SUBMIT, "client", 50)).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.attempt(PublicAction.SUBMIT, "client").allowed()).isTrue();
    }

    @Test
    void clientsAndActionsHaveLimitsOfTheirOwn() {
        PublicRateLimiter limiter = limiter(100);
        assertThat(allowedOf(limiter, PublicAction.SUBMIT, "203.0.113.7", 10)).isEqualTo(5);
        assertThat(allowedOf(limiter, PublicAction.SUBMIT, "198.51.100.9", 10)).isEqualTo(5);
        assertThat(allowedOf(limiter, PublicAction.TRACK, "203.0.113.7", 40)).isEqualTo(30);
        assertThat(limiter.attempt(PublicAction.TRACK, "203.0.113.7").retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void guessingTrackingCodesIsSlowedToThirtyAMinute() {
        PublicRateLimiter limiter = limiter(100);
        long allowed = 0;
        for (int second = 0; second < 600; second++) {
            allowed += allowedOf(limiter, PublicAction.TRACK, "guesser", 10);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(allowed).isEqualTo(300);
    }

    @Test
    void memoryIsBoundedAndIdleClientsAreForgotten() {
        PublicRateLimiter limiter = limiter(50);
        for (int i = 0; i < 1000; i++) {
            limiter.attempt(PublicAction.TRACK, "10.0.0." + i);
        }
        assertThat(limiter.rememberedClients(PublicAction.TRACK)).isEqualTo(50);
        clock.advance(Duration.ofMinutes(2));
        limiter.attempt(PublicAction.TRACK, "10.0.1.1");
        assertThat(limiter.rememberedClients(PublicAction.TRACK)).isEqualTo(1);
    }

    @Test
    void aClientWithoutAnAddressIsLimitedToo() {
        PublicRateLimiter limiter = limiter(100);
        assertThat(allowedOf(limiter, PublicAction.SUBMIT, null, 10)).isEqualTo(5);
    }

    @Test
    void concurrentRequestsAreCountedExactly() throws Exception {
        PublicRateLimiter limiter = limiter(100);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(threads.submit(() -> allowedOf(limiter, PublicAction.TRACK, "shared", 100)));
            }
            long allowed = 0;
            for (Future<Long> result : results) {
                allowed += result.get(10, TimeUnit.SECONDS);
            }
            assertThat(allowed).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRefusalBecomesA429WithTheSecondsToWait() {
        RateDecision refused = RateDecision.refused(Duration.ofMillis(1500));
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThatThrownBy(refused::requireAllowed)
                .isInstanceOfSatisfying(SafetyException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.messageKey()).isEqualTo("safety.rateLimited");
                    assertThat(e.arguments()).containsExactly(2L);
                });
    }
}
