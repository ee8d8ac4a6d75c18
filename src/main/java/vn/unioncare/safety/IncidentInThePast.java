package vn.unioncare.safety;

import org.springframework.stereotype.Component;
import vn.unioncare.forms.FieldError;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.SubmissionCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A safety report tells of something that has happened: its date and time are not in the future. */
@Component
class IncidentInThePast implements SubmissionCheck {

    static final String FORM = "safety-report";
    static final String FIELD = "occurredAt";

    private final Clock clock;

    IncidentInThePast(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(FormSchema form) {
        return FORM.equals(form.id());
    }

    @Override
    public Map<String, FieldError> check(Map<String, Object> values, Map<String, Object> context) {
        Optional<Instant> occurred = IncidentTime.parse(values.get(FIELD));
        if (occurred.isPresent() && occurred.get().isAfter(clock.instant().plus(IncidentTime.SKEW))) {
            return Map.of(FIELD, FieldError.of("safety.error.occurredInFuture"));
        }
        return Map.of();
    }
}
