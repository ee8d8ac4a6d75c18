package vn.unioncare.forms;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Markdown and HTML written by designers, reduced to markup that cannot run scripts or load foreign frames. */
public final class SafeHtml {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addProtocols("a", "href", "https", "mailto", "tel");

    private SafeHtml() {
    }

    public static String fromMarkdown(String markdown) {
        return sanitise(HTML.render(MARKDOWN.parse(markdown == null ? "" : markdown)));
    }

    public static String sanitise(String html) {
        return Jsoup.clean(html == null ? "" : html, SAFE);
    }
}
