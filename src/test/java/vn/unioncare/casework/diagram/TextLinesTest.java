package vn.unioncare.casework.diagram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLinesTest {

    @Test
    void wordsWrapWithinTheWidthAndKeepEveryCharacter() {
        String name = "Xác nhận hồ sơ đề nghị hỗ trợ khó khăn của đoàn viên "
                + "công đoàn cơ sở";
        var lines = TextLines.wrap(name, 12, 90, 20);

        assertThat(lines).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(TextLines.width(line, 12)).isLessThanOrEqualTo(90));
        assertThat(String.join(" ", lines)).isEqualTo(name);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenAndTooManyLinesEndInAnEllipsis() {
        assertThat(String.join("", TextLines.wrap("Đềnghịhỗtrợkhókhăncủađoànviên", 12, 40, 20)))
                .isEqualTo("Đềnghịhỗtrợkhókhăncủađoànviên");
        assertThat(TextLines.wrap("một hai ba bốn năm sáu bảy tám chín mười", 12, 30, 2))
                .hasSize(2).last().asString().endsWith("…");
    }

    @Test
    void lineBreaksInANameAreKeptAndBlankNamesHaveNoLines() {
        assertThat(TextLines.wrap("Bước 1\nDuyệt", 12, 200, 5)).containsExactly("Bước 1", "Duyệt");
        assertThat(TextLines.wrap(null, 12, 90, 5)).isEmpty();
        assertThat(TextLines.wrap("  ", 12, 90, 5)).isEmpty();
    }
}
