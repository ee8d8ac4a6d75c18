package vn.unioncare.documents;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Checks and forms of the text that goes into official documents. */
final class Texts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Texts() {
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** A copy of the list without null or blank entries; null as empty. */
    static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Upper case the Vietnamese way, after composing the letters so that "ệ" becomes "Ệ" whatever the input. */
    static String upper(String text) {
        return nfc(text).toUpperCase(VIETNAMESE);
    }
}
