package vn.unioncare.hardship;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of hardship support, by the code the request form and the DMN tables use. */
public enum SupportType {
    SICKNESS("sickness"),
    OCCUPATIONAL_ACCIDENT("occupational-accident"),
    MEMBER_DEATH("member-death"),
    RELATIVE_DEATH("relative-death"),
    NATURAL_DISASTER("natural-disaster"),
    SHELTER_NEW("shelter-new"),
    SHELTER_REPAIR("shelter-repair"),
    TET("tet"),
    OTHER("other");

    private final String code;

    SupportType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SupportType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
