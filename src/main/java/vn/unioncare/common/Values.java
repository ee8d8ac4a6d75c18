package vn.unioncare.common;

/** Loosely typed values (process variables, form data) read as what they should be. */
public final class Values {

    private Values() {
    }

    /** A whole number given as a number or as digits; null for anything else. */
    public static Long asLong(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.strip().matches("-?[0-9]{1,18}")) {
            return Long.valueOf(text.strip());
        }
        return null;
    }

    /** Text, or null for null and blank. */
    public static String asText(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
