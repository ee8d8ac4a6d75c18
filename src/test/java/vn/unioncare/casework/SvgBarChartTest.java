package vn.unioncare.casework;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server-side bar chart is well-formed SVG whatever the names in it. */
class SvgBarChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void barsAreScaledToTheLargestValueWithALegendAndValues() throws Exception {
        String svg = SvgBarChart.of("Hồ sơ theo công đoàn", "Hồ sơ đang mở", "Công việc quá hạn")
                .valueFormat(v -> v + " hs")
                .bar("Công đoàn phường Cầu Giấy", 10, 2)
                .bar("Công đoàn ngành Y tế Hà Nội", 5, 0)
                .toSvg();

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo("Hồ sơ theo công đoàn");
        NodeList rects = document.getElementsByTagNameNS("*", "rect");
        assertThat(rects.getLength()).isEqualTo(2 + 4);
        int longest = Integer.parseInt(((org.w3c.dom.Element) rects.item(2)).getAttribute("width"));
        int half = Integer.parseInt(((org.w3c.dom.Element) rects.item(4)).getAttribute("width"));
        int none = Integer.parseInt(((org.w3c.dom.Element) rects.item(5)).getAttribute("width"));
        assertThat(half).isEqualTo(longest / 2);
        assertThat(none).isZero();
        assertThat(document.getDocumentElement().getTextContent()).contains("Hồ sơ đang mở", "Công việc quá hạn",
                "10 hs", "Công đoàn phường Cầu Giấy");
    }

    @Test
    void namesWithMarkupAreEscapedAndLongNamesShortenedWithTheFullNameAsTooltip() throws Exception {
        String hostile = "<script>alert('x')</script> & \"Công đoàn\" \u0000\u0007 của một công ty có tên rất dài";
        String svg = SvgBarChart.of("A & B <c>", "Số").bar(hostile, 3).toSvg();

        assertThat(svg).doesNotContain("<script>", "\u0000", "\u0007");
        Document document = parse(svg);
        NodeList titles = document.getElementsByTagNameNS("*", "title");
        assertThat(titles.item(0).getTextContent()).isEqualTo("A & B <c>");
        assertThat(titles.item(1).getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"Công đoàn\"  của một công ty có tên rất dài");
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        assertThat(texts.item(1).getTextContent()).endsWith("…").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void aChartWithoutBarsIsStillValidAndAWrongNumberOfValuesIsRefused() throws Exception {
        assertThat(parse(SvgBarChart.of("Trống", "Số").toSvg()).getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThatThrownBy(() -> SvgBarChart.of("x", "a", "b").bar("y", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
