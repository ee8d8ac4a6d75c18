package vn.unioncare.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An officer's role at an organisation unit; its group id part is used in candidate groups. */
public enum OfficerRole {
    CHAIR,
    CASE_OFFICER,
    WELFARE,
    FINANCE,
    SAFETY,
    TRAINING_COORDINATOR,
    JOB_COUNSELLOR,
    /** Teaches training cohorts and records their attendance (those naming them as trainer). */
    TRAINER;

    /** e.g. {@code training-coordinator}. */
    public String groupPart() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OfficerRole> fromGroupPart(String part) {
        return Arrays.stream(values()).filter(r -> r.groupPart().equals(part)).findFirst();
    }
}
