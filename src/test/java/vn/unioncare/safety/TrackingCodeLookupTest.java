package vn.unioncare.safety;

import org.junit.jupiter.api.Test;
import vn.unioncare.safety.domain.TrackingCodeRows;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed, a lookup does the same work: one hash, one primary-key lookup, and the same empty answer. */
class TrackingCodeLookupTest {

    /** Rows that remember the hashes looked up and hold the one code issued. */
    private static final class RecordingRows extends TrackingCodeRows {
        final List<String> lookups = new ArrayList<>();
        String issuedHash;

        RecordingRows() {
            super(null);
        }

        @Override
        public void insert(String codeHash, String caseNumber, Instant createdAt) {
            issuedHash = codeHash;
        }

        @Override
        public Optional<String> caseNumberOf(String codeHash) {
            lookups.add(codeHash);
            return codeHash.equals(issuedHash) ? Optional.of("AT-2026-000001") : Optional.empty();
        }
    }

    private final RecordingRows rows = new RecordingRows();
    private final TrackingCodes codes = new TrackingCodes(rows, Clock.systemUTC(),
            "a-test-pepper-of-more-than-thirty-two-characters");

    @Test
    void everyInputIsHashedAndLookedUpExactlyOnce() {
        String issued = codes.issue("AT-2026-000001");
        List<String> inputs = Arrays.asList(issued, "0000-0000-0000-0000-0000-0000-0000", "", null, "not a code",
                "x".repeat(100_000), issued.substring(1));
        for (String input : inputs) {
            codes.caseOf(input);
        }
        assertThat(rows.lookups).hasSize(inputs.size()).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void onlyTheIssuedCodeOpensTheCase() {
        String issued = codes.issue("AT-2026-000001");
        assertThat(codes.caseOf(issued)).contains("AT-2026-000001");
        assertThat(codes.caseOf("0000-0000-0000-0000-0000-0000-0000")).isEmpty();
        assertThat(codes.caseOf(null)).isEmpty();
    }

    @Test
    void anotherPepperGivesAnotherHash() {
        String issued = codes.issue("AT-2026-000001");
        RecordingRows otherRows = new RecordingRows();
        new TrackingCodes(otherRows, Clock.systemUTC(), "another-pepper-of-more-than-thirty-two-chars")
                .caseOf(issued);
        assertThat(otherRows.lookups).singleElement().isNotEqualTo(rows.issuedHash);
    }

    @Test
    void normalisingReadsConfusableLettersAsTheirDigits() {
        assertThat(TrackingCodes.normalised(" 7k2m-9qxr oIlL ")).isEqualTo("7K2M9QXR0111");
        assertThat(TrackingCodes.normalised("x".repeat(101))).isEmpty();
    }
}
