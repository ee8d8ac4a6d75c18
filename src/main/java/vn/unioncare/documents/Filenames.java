package vn.unioncare.documents;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * File names as users gave them, made safe to show and to send back in a download: the last path segment only, no
 * control or bidirectional-override characters, none of the characters file systems and headers treat specially,
 * at most {@value #MAX_LENGTH} characters. Letters of every script stay, so Vietnamese names keep their diacritics
 * (composed, as macOS sends them decomposed).
 */
final class Filenames {

    static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION_LENGTH = 10;
    private static final String FALLBACK = "tai-lieu";
    private static final String RESERVED = "<>:\"/\\|?*;%";
    /** Extensions that claim a format; a name ending in one that does not match the content is refused. */
    private static final Set<String> FORMAT_EXTENSIONS = Stream.concat(
            Arrays.stream(DocumentType.values()).flatMap(type -> type.extensions().stream()),
            Stream.of("htm", "html", "xhtml", "shtml", "svg", "svgz", "xml", "xsl", "js", "mjs", "json", "exe", "dll",
                    "msi", "bat", "cmd", "com", "scr", "ps1", "sh", "vbs", "jar", "apk", "php", "hta", "lnk", "gif",
                    "bmp", "tif", "tiff", "avif", "doc", "docm", "dotx", "xls", "xlsm", "ppt", "pptx", "pptm", "rtf",
                    "txt", "csv", "zip", "rar", "7z", "gz", "swf")).collect(Collectors.toUnmodifiableSet());

    private Filenames() {
    }

    /** The safe form of a user's file name; never empty. */
    static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                safe.append(' ');
            } else if (RESERVED.indexOf(c) >= 0) {
                safe.append('_');
            } else if (isVisible(c)) {
                safe.appendCodePoint(c);
            }
        });
        String cleaned = safe.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        return cleaned.isEmpty() ? FALLBACK : shorten(cleaned);
    }

    /**
     * The safe name for content recognised as {@code type}: its extension kept when it matches, the usual one added
     * when the name has none; a name that claims another format ({@code .pdf} on an HTML page) is refused.
     */
    static String forType(String original, DocumentType type) {
        String name = sanitise(original);
        String extension = extension(name);
        if (type.extensions().contains(extension)) {
            return name;
        }
        if (FORMAT_EXTENSIONS.contains(extension)) {
            throw DocumentRefusedException.typeNotAllowed("content is " + type + ", name ends in ." + extension);
        }
        return shorten(name + "." + type.extensions().get(0));
    }

    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Lower-case extension without the dot, or empty. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > MAX_EXTENSION_LENGTH ? "" : "." + extension;
        String base = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).stripTrailing() + suffix;
    }
}
