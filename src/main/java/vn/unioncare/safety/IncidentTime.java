package vn.unioncare.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/** When an incident occurred, as forms give it (local Hanoi date and time) and as the engine may hold it (a Date). */
public final class IncidentTime {

    /** How far ahead of the server's clock a reporter's clock may be before "in the future" is refused. */
    public static final Duration SKEW = Duration.ofMinutes(10);

    private IncidentTime() {
    }

    public static Optional<Instant> parse(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(SafetyCasework.HANOI).toInstant());
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException notInstant) {
                return Optional.empty();
            }
        }
    }
}
