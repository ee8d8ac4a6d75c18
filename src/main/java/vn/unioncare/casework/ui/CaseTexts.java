package vn.unioncare.casework.ui;

import com.vaadin.flow.component.Component;
import vn.unioncare.casework.AuditTrail;
import vn.unioncare.casework.CaseStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** How the case pages write times, statuses, people and process data. */
final class CaseTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Detail names UnionCare itself writes; designers' field names are shown as they named them. */
    private static final Set<String> KNOWN_DETAILS = Set.of("assignee", "dueDate", "followUpDate", "priority", "reason");

    private CaseTexts() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String status(Component on, CaseStatus status) {
        return on.getTranslation("casefile.status." + status.name());
    }

    /**
     * Where the case stands as its process last said ({@code caseStage} in the BPMN), e.g. "Đã chi trả"; the plain
     * open/closed status for processes that do not name stages. A stage without a text shows as written.
     */
    static String stage(Component on, CaseStatus status, String stage) {
        if (stage == null || stage.isBlank()) {
            return status(on, status);
        }
        String key = "case.stage." + stage;
        String text = on.getTranslation(key);
        return text.contains(key) ? stage : text;
    }

    static String person(Component on, String username, String displayName) {
        if (username == null || AuditTrail.SYSTEM.equals(username)) {
            return on.getTranslation("casefile.actor.system");
        }
        return displayName == null ? username : displayName;
    }

    static String detailName(Component on, String key) {
        return KNOWN_DETAILS.contains(key) ? on.getTranslation("casefile.detail." + key) : key;
    }

    static String value(Component on, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return on.getTranslation("casefile.value." + value);
        }
        return value == null || value.isBlank() ? "—" : value;
    }
}
