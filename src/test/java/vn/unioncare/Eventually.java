package vn.unioncare;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for what happens in the background (jobs, other processes) with patience for a slow shared machine. */
public final class Eventually {

    private Eventually() {
    }

    /** Asks again every half second until the answer is good or the patience is over; returns the last answer. */
    public static <T> T eventually(Duration patience, Supplier<T> question, Predicate<T> good) {
        long deadline = System.nanoTime() + patience.toNanos();
        T answer = question.get();
        while (!good.test(answer) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(500));
            answer = question.get();
        }
        assertThat(good.test(answer)).as("still %s after %s", answer, patience).isTrue();
        return answer;
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
