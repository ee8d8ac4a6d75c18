package vn.unioncare.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Removes files uploaded for forms that were never submitted, a day after their upload, rows and files. */
@Component
public class StagedUploadPurge {

    /** How long a staged file waits for its form. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(StagedUploadPurge.class);

    private final StagedUploads staged;
    private final Clock clock;

    StagedUploadPurge(StagedUploads staged, Clock clock) {
        this.staged = staged;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${unioncare.documents.staged-purge-interval:PT1H}",
            initialDelayString = "${unioncare.documents.staged-purge-initial-delay:PT5M}")
    public int purge() {
        return purgeStagedBefore(clock.instant().minus(KEPT_FOR));
    }

    /** Purges every staged file uploaded before {@code cutoff}, one transaction per batch; how many were purged. */
    public int purgeStagedBefore(Instant cutoff) {
        int purged = 0;
        int batch;
        do {
            batch = staged.purgeStagedBefore(cutoff, BATCH);
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Staged uploads purged: {}", purged);
        }
        return purged;
    }
}
