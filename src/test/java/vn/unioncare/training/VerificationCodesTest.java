package vn.unioncare.training;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationCodesTest {

    @Test
    void freshCodesAreTwelveUnambiguousCapitals() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.fresh(random, c -> false);
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void aCodeThatIsTakenIsDrawnAgain() {
        AtomicInteger asked = new AtomicInteger();
        String code = VerificationCodes.fresh(new SecureRandom(), c -> asked.incrementAndGet() < 3);
        assertThat(asked).hasValue(3);
        assertThat(code).hasSize(12);
    }

    @Test
    void drawingStopsWhenEveryCodeSeemsTaken() {
        assertThatThrownBy(() -> VerificationCodes.fresh(new SecureRandom(), c -> true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void typedCodesAreForgivenCaseDashesSpacesAndLookAlikeLetters() {
        assertThat(VerificationCodes.normalise("7K2M-9QXR-4D8P")).contains("7K2M9QXR4D8P");
        assertThat(VerificationCodes.normalise("  7k2m 9qxr 4d8p ")).contains("7K2M9QXR4D8P");
        assertThat(VerificationCodes.normalise("7K2M-9QXR-4D8P".replace('1', 'I'))).contains("7K2M9QXR4D8P");
        assertThat(VerificationCodes.normalise("O0Il-1111-2222")).contains("001111112222");
    }

    @Test
    void anythingElseIsNoCode() {
        for (String malformed : new String[] {null, "", "   ", "7K2M-9QXR-4D8", "7K2M-9QXR-4D8PX", "7K2M-9QXR-4D8U",
                "7K2M_9QXR_4D8P", "Nguyễn Văn An", "' or 1=1 --", "7K2M9QXR4D8P".repeat(4)}) {
            assertThat(VerificationCodes.normalise(malformed)).as(String.valueOf(malformed)).isEmpty();
        }
    }

    @Test
    void codesPrintInGroupsOfFour() {
        assertThat(VerificationCodes.display("7K2M9QXR4D8P")).isEqualTo("7K2M-9QXR-4D8P");
    }
}
