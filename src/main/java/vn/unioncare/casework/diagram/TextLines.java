package vn.unioncare.casework.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width, as the Modeler wraps names inside shapes. The server has no fonts to
 * measure with, so widths are estimated per character class for a sans-serif font; a little slack is harmless.
 */
final class TextLines {

    private static final String ELLIPSIS = "…";

    private TextLines() {
    }

    /** The lines of {@code text} at {@code fontSize} no wider than {@code maxWidth}, at most {@code maxLines}. */
    static List<String> wrap(String text, double fontSize, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines < 1) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(paragraph.strip(), fontSize, Math.max(maxWidth, fontSize), lines);
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + ELLIPSIS);
            return kept;
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, double fontSize, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, fontSize) > maxWidth) {
                int cut = fittingPrefix(rest, fontSize, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** The length of the longest prefix of a too-long word that fits, never splitting a code point; at least one. */
    private static int fittingPrefix(String word, double fontSize, double maxWidth) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), fontSize) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The estimated width of {@code text} in a sans-serif font of {@code fontSize}. */
    static double width(String text, double fontSize) {
        return text.codePoints().mapToDouble(TextLines::em).sum() * fontSize;
    }

    private static double em(int c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if (" .,:;'!|ijlIíìỉĩịf()[]t".indexOf(c) >= 0) {
            return 0.3;
        }
        if ("mwMWƯƠ@%".indexOf(c) >= 0) {
            return 0.85;
        }
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return 0.66;
        }
        return 0.55;
    }
}
