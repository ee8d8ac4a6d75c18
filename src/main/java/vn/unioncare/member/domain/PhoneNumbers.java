package vn.unioncare.member.domain;

/** Vietnamese phone numbers in one stored form: digits only, national prefix 0 ("+84 912 345 678" → "0912345678"). */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String normalise(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.strip().replaceAll("[^0-9+]", "");
        if (digits.startsWith("+84")) {
            return "0" + digits.substring(3);
        }
        if (digits.startsWith("84") && digits.length() == 11) {
            return "0" + digits.substring(2);
        }
        return digits.replace("+", "");
    }

    /** A whole Vietnamese number in normal form (0 and nine digits), the only kind an exact-match search can find. */
    public static boolean isComplete(String normalised) {
        return normalised != null && normalised.matches("0[0-9]{9}");
    }
}
