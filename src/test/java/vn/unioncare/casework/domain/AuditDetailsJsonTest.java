package vn.unioncare.casework.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDetailsJsonTest {

    private final AuditDetailsJson json = new AuditDetailsJson();

    @Test
    void detailsRoundTripAsStrings() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("taskId", "42");
        details.put("note", "Đề nghị \"hỗ trợ\" \n dòng mới");
        details.put("empty", null);
        assertThat(json.read(json.write(details))).isEqualTo(details);
        assertThat(json.write(Map.of())).isNull();
        assertThat(json.read(null)).isEmpty();
    }

    @Test
    void longDetailsAreCutToFitTheColumnAndSaySo() {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            details.put("field" + i, "ư".repeat(3000));
        }
        String written = json.write(details);
        assertThat(written.length()).isLessThanOrEqualTo(AuditDetailsJson.MAX_LENGTH);
        Map<String, String> read = json.read(written);
        assertThat(read).containsEntry(AuditDetailsJson.TRUNCATED, "true");
        assertThat(read.get("field0")).hasSize(AuditDetailsJson.MAX_VALUE_LENGTH + 1).endsWith("…");
    }

    @Test
    void unreadableDetailsAreShownRaw() {
        assertThat(json.read("not json")).containsEntry("raw", "not json");
    }
}
