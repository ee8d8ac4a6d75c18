package vn.unioncare.training;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.unioncare.common.ClientRateLimit;

import java.time.Clock;
import java.time.Duration;

/**
 * Look-ups of verification codes per client, on the public page and the API together: at most {@code limit} in any
 * {@code window}, so that codes cannot be guessed by trying. The client's address is only counted, in memory, as a
 * salted hash (see {@link ClientRateLimit}).
 */
@Component
public class VerificationRateLimit {

    private final ClientRateLimit limit;

    VerificationRateLimit(Clock clock,
                          @Value("${unioncare.training.verify-rate-limit.limit:30}") int limit,
                          @Value("${unioncare.training.verify-rate-limit.window:PT1M}") Duration window,
                          @Value("${unioncare.training.verify-rate-limit.max-clients:10000}") int maxClients) {
        this.limit = new ClientRateLimit(clock, limit, window, maxClients);
    }

    /** Counts a look-up; zero when it may go ahead, otherwise how long the client must wait. */
    public Duration attempt(String clientAddress) {
        return limit.attempt(clientAddress);
    }

    /** Counts a look-up; refuses with 429 {@code training.verify.rateLimited} naming the seconds to wait. */
    public void require(String clientAddress) {
        Duration wait = attempt(clientAddress);
        if (!wait.isZero()) {
            throw new CertificateException("training.verify.rateLimited", 429, "rate limited",
                    ClientRateLimit.seconds(wait));
        }
    }
}
