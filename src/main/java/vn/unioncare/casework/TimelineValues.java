package vn.unioncare.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.unioncare.common.TimeConfiguration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;

/**
 * Process data as the case page shows it: every value as text, dates in Hanoi time, and UnionCare's routing
 * variables left out. Object values are shown as stored, never deserialised.
 */
final class TimelineValues {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeConfiguration.HANOI);

    private static final Set<String> INTERNAL = Set.of(CaseRecords.MEMBER_ID, CaseRecords.ORG_UNIT_ID,
            CaseRecords.UNION_CODE, CaseRecords.CASE_NUMBER, CaseStarter.REQUESTED_BY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineValues() {
    }

    static boolean isShown(String variableName) {
        return !INTERNAL.contains(variableName);
    }

    static String text(TypedValue typed) {
        if (typed == null) {
            return "";
        }
        if (typed instanceof FileValue file) {
            return file.getFilename();
        }
        if (typed instanceof ObjectValue object && !object.isDeserialized()) {
            return object.getValueSerialized();
        }
        return text(typed.getValue());
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) {
            return TIME.format(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " B";
        }
        return String.valueOf(value);
    }

    /** A date property of Camunda's user-operation log, stored there as epoch milliseconds. */
    static String epochMillis(String millis) {
        if (millis == null || millis.isBlank() || "null".equals(millis)) {
            return "";
        }
        try {
            return TIME.format(Instant.ofEpochMilli(Long.parseLong(millis)));
        } catch (NumberFormatException e) {
            return millis;
        }
    }
}
