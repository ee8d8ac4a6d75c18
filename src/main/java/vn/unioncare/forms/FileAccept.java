package vn.unioncare.forms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A file picker's {@code accept}: comma-separated file type specifiers as in HTML, {@code .pdf} (a file name
 * extension), {@code image/*} (a media type family) or {@code application/pdf} (a media type). Empty accepts every
 * type UnionCare stores. It is matched against what the server recognised from the content (the media type, and the
 * file name, whose extension the document store keeps true to the content), never against what a client declared.
 */
public final class FileAccept {

    private static final FileAccept ANY = new FileAccept("", List.of());

    private final String designed;
    private final List<String> specifiers;

    private FileAccept(String designed, List<String> specifiers) {
        this.designed = designed;
        this.specifiers = specifiers;
    }

    public static FileAccept of(String accept) {
        if (accept == null || accept.isBlank()) {
            return ANY;
        }
        List<String> specifiers = Arrays.stream(accept.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        return specifiers.isEmpty() ? ANY : new FileAccept(String.join(", ", specifiers), specifiers);
    }

    /** form-js lets designers compute {@code accept} ({@code =expr} or {@code {{template}}}); UnionCare does not. */
    public static boolean isExpression(String accept) {
        return accept != null && (accept.strip().startsWith("=") || accept.contains("{{"));
    }

    public boolean acceptsAnyType() {
        return specifiers.isEmpty();
    }

    /** The specifiers, for the upload component's own (non-decisive) filter. */
    public List<String> specifiers() {
        return specifiers;
    }

    public boolean accepts(String filename, String mediaType) {
        if (specifiers.isEmpty()) {
            return true;
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return specifiers.stream().anyMatch(s -> s.startsWith(".") ? name.endsWith(s)
                : s.endsWith("/*") ? type.startsWith(s.substring(0, s.length() - 1)) : type.equals(s));
    }

    /** The list as the designer wrote it, tidied, for messages. */
    @Override
    public String toString() {
        return designed;
    }
}
