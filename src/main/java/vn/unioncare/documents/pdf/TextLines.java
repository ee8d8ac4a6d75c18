package vn.unioncare.documents.pdf;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping: line breaks in the text are kept, lines break between words, a word wider than a line is cut. */
public final class TextLines {

    private TextLines() {
    }

    /** The lines of {@code text} (made printable) that fit into {@code width} points in {@code font} at {@code size}. */
    public static List<String> wrap(String text, PdfFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            wrapLine(font.printable(hardLine).strip(), font, size, width, lines);
        }
        return lines;
    }

    private static void wrapLine(String line, PdfFont font, float size, float width, List<String> lines) {
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.width(candidate, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (font.width(rest, size) > width) {
                int cut = longestFittingPrefix(rest, font, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
    }

    /** At least one code point, so that even a column narrower than a letter makes progress. */
    private static int longestFittingPrefix(String word, PdfFont font, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (font.width(word.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
