package vn.unioncare.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF foundation read back the way a reader would: text, pages, fonts and properties. */
class PdfDocumentTest {

    private static final List<PdfDocument.Column> MEMBER_COLUMNS = List.of(
            PdfDocument.Column.of("STT", 1), PdfDocument.Column.of("Họ và tên", 4),
            new PdfDocument.Column("Số tiền hỗ trợ (đồng)", 3, PdfDocument.Align.RIGHT));

    @Test
    void vietnameseTextWithAllItsDiacriticsCanBeReadBackExactly() throws IOException {
        byte[] pdf = PdfDocument.a4("Quyết định hỗ trợ")
                .title("Liên đoàn Lao động Thành phố Hà Nội")
                .heading("Về việc hỗ trợ đoàn viên")
                .paragraph("Đồng chí Nguyễn Văn An được hỗ trợ 2.000.000 đồng. Ầ ẩ ẫ ậ ắ ặ ẳ ẵ ế ệ ể ễ ố ộ ổ ỗ ớ ợ ở ỡ"
                        + " ứ ự ử ữ ừ ỳ ỵ ỷ ỹ Đ đ Ư ư Ơ ơ")
                .sideBySide(List.of(
                        new PdfDocument.Block("CÔNG ĐOÀN PHƯỜNG CẦU GIẤY", 1,
                                PdfDocument.TextStyle.BODY.withBold().withAlign(PdfDocument.Align.CENTER)),
                        new PdfDocument.Block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", 1.4f,
                                PdfDocument.TextStyle.BODY.withBold().withAlign(PdfDocument.Align.CENTER))))
                .toBytes();

        String text = PdfText.of(pdf);
        assertThat(text).contains("Liên đoàn Lao động Thành phố Hà Nội", "Nguyễn Văn An", "hỗ trợ",
                "ứ ự ử ữ ừ ỳ ỵ ỷ ỹ Đ đ Ư ư Ơ ơ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void decomposedInputIsPrintedAsTheComposedLetters() throws IOException {
        String decomposed = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Văn An");

        assertThat(PdfText.of(PdfDocument.a4("t").paragraph(decomposed).toBytes())).contains("Nguyễn Văn An");
    }

    @Test
    void aLongTableBreaksOntoSeveralPagesAndRepeatsItsHeaderOnEachWithPageNumbers() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> List.of(String.valueOf(i), "Nguyễn Văn An số " + i, String.format("%,d", i * 100_000)))
                .toList();
        byte[] pdf = PdfDocument.a4("Danh sách").title("Danh sách hỗ trợ").table(MEMBER_COLUMNS, rows).toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                String text = PdfText.page(document, page);
                assertThat(text).as("page " + page).contains("Họ và tên", "Số tiền hỗ trợ (đồng)",
                        "Trang " + page + "/" + pages);
            }
            assertThat(PdfText.page(document, pages)).contains("Nguyễn Văn An số 150");
            String all = new PDFTextStripper().getText(document);
            assertThat(IntStream.rangeClosed(1, 150)).allSatisfy(i ->
                    assertThat(all).containsOnlyOnce(" Nguyễn Văn An số " + i + " "));
        }
    }

    @Test
    void cellsWrapWithinTheirColumnAndARowTallerThanAPageContinuesOnTheNext() throws IOException {
        String longCell = String.join(" ", java.util.Collections.nCopies(700, "hỗ trợ"));
        byte[] pdf = PdfDocument.a4("t").table(MEMBER_COLUMNS, List.of(List.of("1", longCell, "KHÔNGCÁCHNÀOĐỂNGẮTDÒNGCHUỖINÀYĐƯỢCCẢ"))).toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(PdfText.page(document, 2)).contains("Họ và tên", "hỗ trợ");
            String firstPage = PdfText.page(document, 1);
            assertThat(firstPage.lines().filter(l -> l.contains("hỗ trợ")).count()).isGreaterThan(20);
            assertThat(firstPage.lines().noneMatch(l -> l.contains("KHÔNGCÁCHNÀOĐỂNGẮTDÒNGCHUỖINÀYĐƯỢCCẢ"))).isTrue();
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfDejaVuSans() throws IOException {
        byte[] pdf = PdfDocument.a4("t").title("Đậm").paragraph("Thường").toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = PdfText.fonts(document.getPage(0));
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
        }
    }

    @Test
    void theDocumentPropertiesNameTheTitleAndUnionCare() throws IOException {
        byte[] pdf = PdfDocument.a4("Báo cáo giám sát").subject("Công đoàn phường Cầu Giấy").paragraph("x").toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Báo cáo giám sát");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("UnionCare");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Công đoàn phường Cầu Giấy");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void charactersTheFontLacksAndControlCharactersDoNotBreakTheDocument() throws IOException {
        byte[] pdf = PdfDocument.a4("t").pageNumbers("Page {0} of {1}")
                .paragraph("Chữ Hán 漢字, Hangul 한글, tab\there, bell\u0007 end").toBytes();

        String text = PdfText.of(pdf);
        assertThat(text).contains("Chữ Hán ??, Hangul ??, tab here, bell end", "Page 1 of 1");
    }

    @Test
    void blocksMixStylesPerLineAndDrawRulesUnderTheLinesThatAskForThem() throws IOException {
        PdfDocument.TextStyle centred = PdfDocument.TextStyle.BODY.withAlign(PdfDocument.Align.CENTER);
        byte[] pdf = PdfDocument.a4("t").sideBySide(List.of(
                new PdfDocument.Block(List.of(PdfDocument.Line.of("CÔNG ĐOÀN PHƯỜNG CẦU GIẤY", centred),
                        PdfDocument.Line.of("CÔNG ĐOÀN TRƯỜNG", centred.withBold()).withRule(0.4f)), 1),
                new PdfDocument.Block(List.of(PdfDocument.Line.of("Độc lập - Tự do - Hạnh phúc", centred.withBold())
                        .withRule(1), PdfDocument.Line.of("Hà Nội", centred.withItalic())), 1.4f))).toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(PdfText.page(document, 1)).contains("CÔNG ĐOÀN PHƯỜNG CẦU GIẤY", "CÔNG ĐOÀN TRƯỜNG",
                    "Độc lập - Tự do - Hạnh phúc", "Hà Nội");
            assertThat(PdfText.fonts(document.getPage(0))).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("DejaVuSans-Bold")).anyMatch(name -> name.endsWith("DejaVuSans-Oblique"));
            List<float[]> rules = horizontalRules(document.getPage(0));
            assertThat(rules).hasSize(2);
            float shortRule = Math.min(rules.get(0)[2], rules.get(1)[2]);
            float motto = Math.max(rules.get(0)[2], rules.get(1)[2]);
            assertThat(shortRule).isLessThan(motto / 2);
        }
    }

    @Test
    void sideBySideBlocksThatWouldCrossAPageBreakMoveWholeToTheNextPage() throws IOException {
        PdfDocument pdf = PdfDocument.a4("t");
        IntStream.range(0, 32).forEach(i -> pdf.paragraph("Dòng " + i));
        pdf.sideBySide(List.of(new PdfDocument.Block("Nơi nhận:\n- Như trên;\n- Lưu: VT.", 1, PdfDocument.TextStyle.BODY),
                new PdfDocument.Block("CHỦ TỊCH\n\n\n\nTrần Văn Bình", 1, PdfDocument.TextStyle.BODY)));

        try (PDDocument document = Loader.loadPDF(pdf.toBytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfText.page(document, 1)).contains("Dòng 31").doesNotContain("Nơi nhận", "CHỦ TỊCH");
            assertThat(PdfText.page(document, 2)).contains("Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Trần Văn Bình");
        }
    }

    /** Each stroked straight horizontal line on the page as {x, y, length}. */
    private static List<float[]> horizontalRules(PDPage page) throws IOException {
        List<float[]> rules = new java.util.ArrayList<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 0; i + 5 < tokens.size(); i++) {
            if (tokens.get(i + 2) instanceof Operator m && m.getName().equals("m")
                    && tokens.get(i + 5) instanceof Operator l && l.getName().equals("l")) {
                float x1 = number(tokens.get(i));
                float y1 = number(tokens.get(i + 1));
                float x2 = number(tokens.get(i + 3));
                float y2 = number(tokens.get(i + 4));
                if (y1 == y2) {
                    rules.add(new float[] {x1, y1, x2 - x1});
                }
            }
        }
        return rules;
    }

    private static float number(Object token) {
        return ((org.apache.pdfbox.cos.COSNumber) token).floatValue();
    }
}
