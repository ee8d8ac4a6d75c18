package vn.unioncare.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decision letters read back from the PDF as a reader would copy them. */
class AdministrativeLettersTest {

    private final AdministrativeLetters letters = new AdministrativeLetters();

    static OfficialHeading schoolHeading(String number, LocalDate date) {
        return new OfficialHeading("Công đoàn phường Cầu Giấy", "Công đoàn cơ sở Trường THCS Nghĩa Tân", number,
                "Hà Nội", date);
    }

    private static AdministrativeLetter decision(List<String> articles) {
        return AdministrativeLetter.decision(schoolHeading("15/QĐ-CĐCS", LocalDate.of(2026, 11, 26)),
                "Về việc hỗ trợ đoàn viên có hoàn cảnh khó khăn",
                "Ban Chấp hành Công đoàn cơ sở Trường THCS Nghĩa Tân",
                List.of("Căn cứ Điều lệ Công đoàn Việt Nam;",
                        "Căn cứ Quy chế chi tiêu nội bộ của Công đoàn cơ sở;"),
                articles,
                List.of("Như Điều 3;", "Lưu: VT, CĐCS."),
                new Signer("TM. Ban Chấp hành", "Chủ tịch", "Trần Văn Bình"));
    }

    private static final List<String> ARTICLES = List.of(
            "Điều 1. Hỗ trợ đồng chí Nguyễn Thị Hồng Nhung, đoàn viên Công đoàn cơ sở Trường THCS Nghĩa Tân, "
                    + "số tiền 2.000.000 đồng (Hai triệu đồng) do ốm đau dài ngày.",
            "Điều 2. Nguồn kinh phí: quỹ hỗ trợ đoàn viên năm 2026 của Công đoàn cơ sở.",
            "Điều 3. Các đồng chí trong Ban Chấp hành và đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành "
                    + "Quyết định này.");

    @Test
    void aDecisionPrintsTheHeadingTitleBodyAndSignerWithTheirVietnameseTextIntact() {
        String text = PdfText.of(letters.render(decision(ARTICLES)));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "CÔNG ĐOÀN PHƯỜNG CẦU GIẤY", "Số: 15/QĐ-CĐCS", "Hà Nội, ngày 26 tháng 11 năm 2026",
                "QUYẾT ĐỊNH", "Về việc hỗ trợ đoàn viên có hoàn cảnh khó khăn",
                "Căn cứ Điều lệ Công đoàn Việt Nam;", "QUYẾT ĐỊNH:", "Nguyễn Thị Hồng Nhung",
                "2.000.000 đồng (Hai triệu đồng)", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, CĐCS.",
                "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Văn Bình");
        assertThat(text).contains("CÔNG ĐOÀN CƠ SỞ", "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS NGHĨA TÂN");
    }

    @Test
    void theNumberSitsBesideTheDateAndTheMottoUnderTheNation() {
        List<String> lines = PdfText.of(letters.render(decision(ARTICLES))).lines().toList();

        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("Số: 15/QĐ-CĐCS\\s+Hà Nội, ngày 26 tháng 11 năm 2026"));
        int nation = indexOfLineContaining(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(lines.get(nation + 1)).contains("Độc lập - Tự do - Hạnh phúc");
        assertThat(indexOfLineContaining(lines, "Nơi nhận:")).isGreaterThan(indexOfLineContaining(lines, "Điều 3."));
        assertThat(indexOfLineContaining(lines, "Trần Văn Bình")).isGreaterThan(indexOfLineContaining(lines, "CHỦ TỊCH"));
    }

    @Test
    void daysBelowTenAndTheFirstTwoMonthsAreWrittenWithALeadingZero() {
        assertThat(OfficialLayout.placeAndDate("Hà Nội", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2026");
        assertThat(OfficialLayout.placeAndDate("Hà Nội", LocalDate.of(2026, 3, 9)))
                .isEqualTo("Hà Nội, ngày 09 tháng 3 năm 2026");
        assertThat(OfficialLayout.placeAndDate("Hà Nội", LocalDate.of(2026, 12, 31)))
                .isEqualTo("Hà Nội, ngày 31 tháng 12 năm 2026");
    }

    @Test
    void textGivenDecomposedComesOutComposedAndUpperCasedCorrectly() {
        AdministrativeLetter letter = decision(ARTICLES);
        AdministrativeLetter decomposed = new AdministrativeLetter(
                new OfficialHeading(nfd("Liên đoàn Lao động Thành phố Hà Nội"), nfd("Công đoàn ngành Y tế Hà Nội"),
                        nfd("07/QĐ-CĐN"), nfd("Hà Nội"), LocalDate.of(2026, 1, 8)),
                nfd("Quyết định"), nfd("Về việc hỗ trợ đoàn viên bị tai nạn lao động"), null, List.of(), null,
                List.of(nfd("Điều 1. Hỗ trợ đồng chí Nguyễn Thị Hồng Nhung số tiền 21.000.000 đồng.")),
                List.of(), new Signer(null, nfd("Phó Chủ tịch"), nfd("Lê Thị Ánh Tuyết")));
        assertThat(nfd("Nguyễn Thị Hồng Nhung")).isNotEqualTo("Nguyễn Thị Hồng Nhung");

        String text = PdfText.of(letters.render(decomposed));

        // the issuer's names wrap within the left column, so the motto column's lines come between their pieces
        assertThat(text).contains("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ", "CÔNG ĐOÀN NGÀNH Y TẾ",
                "Số: 07/QĐ-CĐN", "Hà Nội, ngày 08 tháng 01 năm 2026", "QUYẾT ĐỊNH",
                "Về việc hỗ trợ đoàn viên bị tai nạn lao động", "Nguyễn Thị Hồng Nhung", "PHÓ CHỦ TỊCH",
                "Lê Thị Ánh Tuyết");
        assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC)).doesNotContain("?");
        assertThat(letter.title()).isEqualTo("Quyết định");
    }

    @Test
    void aLongBodyContinuesOnFurtherPagesAndTheSignerBlockStaysWhole() throws IOException {
        List<String> articles = IntStream.rangeClosed(1, 40).mapToObj(i -> "Điều " + i + ". "
                + String.join(" ", Collections.nCopies(12, "Hỗ trợ đồng chí Nguyễn Thị Hồng Nhung"))).toList();

        try (PDDocument document = Loader.loadPDF(letters.render(decision(articles)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            String all = IntStream.rangeClosed(1, pages).mapToObj(page -> PdfText.page(document, page))
                    .reduce("", String::concat);
            assertThat(IntStream.rangeClosed(1, 40)).allSatisfy(i -> assertThat(all).contains("Điều " + i + ". "));
            String last = PdfText.page(document, pages);
            assertThat(last).contains("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Văn Bình", "Nơi nhận:",
                    "Lưu: VT, CĐCS.", "Trang " + pages + "/" + pages);
        }
    }

    @Test
    void theFontsAreEmbeddedDejaVuSubsetsSoAnyReaderShowsTheDiacritics() throws IOException {
        try (PDDocument document = Loader.loadPDF(letters.render(decision(ARTICLES)))) {
            List<PDFont> fonts = PdfText.fonts(document.getPage(0));
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quyết định 15/QĐ-CĐCS");
        }
    }

    @Test
    void aLetterWithoutABodyOrSignerIsRefused() {
        OfficialHeading heading = schoolHeading("15/QĐ-CĐCS", LocalDate.of(2026, 11, 26));
        Signer signer = new Signer(null, "Chủ tịch", "Trần Văn Bình");
        assertThatThrownBy(() -> AdministrativeLetter.decision(heading, "Về việc", null, null, List.of(" "), null,
                signer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficialHeading(null, "Công đoàn", " ", "Hà Nội", LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst().orElseThrow();
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
