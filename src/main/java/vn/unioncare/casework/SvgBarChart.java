package vn.unioncare.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A horizontal bar chart as standalone SVG, drawn on the server so no chart component is needed: one group of bars
 * per label (a union, a step…), one bar per series, a legend on top. Every text is escaped, so names from the
 * database cannot inject markup; the chart scales to its container's width.
 */
public final class SvgBarChart {

    private static final String[] COLORS = {"#1676f3", "#e8453c", "#f5a623", "#2ca02c", "#9467bd"};
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_WIDTH = 60;
    private static final int BAR_HEIGHT = 13;
    private static final int GROUP_GAP = 9;
    private static final int LEGEND_HEIGHT = 26;
    private static final int MAX_LABEL_LENGTH = 30;

    private record Bar(String label, long[] values) {
    }

    private final String title;
    private final List<String> series;
    private final List<Bar> bars = new ArrayList<>();
    private LongFunction<String> valueFormat = String::valueOf;

    private SvgBarChart(String title, List<String> series) {
        this.title = title;
        this.series = series;
    }

    /** A chart described by {@code title} (for screen readers and as a tooltip) with the named series. */
    public static SvgBarChart of(String title, String... series) {
        if (series.length == 0 || series.length > COLORS.length) {
            throw new IllegalArgumentException("1 to " + COLORS.length + " series");
        }
        return new SvgBarChart(title, List.of(series));
    }

    /** How the value at the end of a bar is written; plain digits by default. */
    public SvgBarChart valueFormat(LongFunction<String> format) {
        this.valueFormat = format;
        return this;
    }

    /** One group of bars, a value per series; negative values are drawn as empty bars. */
    public SvgBarChart bar(String label, long... values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException(values.length + " values for " + series.size() + " series");
        }
        bars.add(new Bar(label, values.clone()));
        return this;
    }

    public String toSvg() {
        int groupHeight = series.size() * BAR_HEIGHT + GROUP_GAP;
        int height = LEGEND_HEIGHT + bars.size() * groupHeight + GROUP_GAP;
        long max = Math.max(1, bars.stream().flatMapToLong(b -> Arrays.stream(b.values())).max().orElse(1));
        double scale = (double) (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 300);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title>").append(escape(title)).append("</title>");
        legend(svg);
        int y = LEGEND_HEIGHT;
        for (Bar bar : bars) {
            svg.append("<g><title>").append(escape(bar.label())).append("</title>")
                    .append(text(LABEL_WIDTH - 6, y + groupHeight / 2 - GROUP_GAP / 2 + 4, "end", shorten(bar.label())));
            for (int s = 0; s < series.size(); s++) {
                long value = bar.values()[s];
                int top = y + s * BAR_HEIGHT;
                long length = Math.round(Math.max(0, value) * scale);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                        LABEL_WIDTH, top + 1, length, BAR_HEIGHT - 2, COLORS[s]))
                        .append(text(LABEL_WIDTH + (int) length + 4, top + BAR_HEIGHT - 3, "start",
                                valueFormat.apply(value)));
            }
            svg.append("</g>");
            y += groupHeight;
        }
        return svg.append("</svg>").toString();
    }

    private void legend(StringBuilder svg) {
        int x = LABEL_WIDTH;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>", x,
                    COLORS[s])).append(text(x + 16, 16, "start", series.get(s)));
            x += 28 + series.get(s).length() * 7;
        }
    }

    private static String text(int x, int y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">", x, y, anchor)
                + escape(content) + "</text>";
    }

    private static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL_LENGTH) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_LENGTH - 1)) + "…";
    }

    /** XML-escaped, without the control characters XML does not allow at all. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (isXmlCharacter(cp)) {
                        escaped.appendCodePoint(cp);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean isXmlCharacter(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
