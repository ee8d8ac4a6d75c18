package vn.unioncare.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for searching: Vietnamese diacritics removed ("Nguyễn" → "nguyen", "Đ" → "d"), lower case,
 * single spaces. Stored search columns and user queries go through the same fold.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_QUERY_LENGTH = 100;

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * A user's query as a LIKE prefix pattern: folded, cut to a sane length, with the LIKE wildcards
     * ({@code %}, {@code _}) and the escape character taken literally. Use with {@code ESCAPE '\'}.
     */
    public static String likePrefix(String query) {
        String folded = fold(query);
        if (folded.length() > MAX_QUERY_LENGTH) {
            folded = folded.substring(0, MAX_QUERY_LENGTH);
        }
        return escapeLike(folded) + "%";
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
