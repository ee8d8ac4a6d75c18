package vn.unioncare.casework.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An audit event's details as a JSON object of strings that fits its column: long values are cut, and entries that
 * no longer fit are left out with a {@code truncated} marker, so that recording never fails on size.
 */
@Component
public class AuditDetailsJson {

    static final int MAX_LENGTH = 4000;
    static final int MAX_VALUE_LENGTH = 1000;
    static final String TRUNCATED = "truncated";

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : details.entrySet()) {
            kept.put(cut(entry.getKey(), 100), cut(entry.getValue(), MAX_VALUE_LENGTH));
            if (json(kept).length() > MAX_LENGTH - 20) {
                kept.remove(cut(entry.getKey(), 100));
                kept.put(TRUNCATED, "true");
                break;
            }
        }
        return json(kept);
    }

    public Map<String, String> read(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return mapper.readValue(text, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of("raw", text);
        }
    }

    private String json(Map<String, String> details) {
        try {
            return mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
