package vn.unioncare.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV fields: quoted when needed, formulas defused, numbers left alone. */
class FigureCsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithInnerQuotesDoubled() {
        assertThat(FigureCsv.field("Công đoàn cơ sở Trường THCS Nghĩa Tân")).isEqualTo("Công đoàn cơ sở Trường THCS Nghĩa Tân");
        assertThat(FigureCsv.field("Hoa Sen, chi nhánh 2")).isEqualTo("\"Hoa Sen, chi nhánh 2\"");
        assertThat(FigureCsv.field("Công đoàn \"Hoa Sen\"")).isEqualTo("\"Công đoàn \"\"Hoa Sen\"\"\"");
        assertThat(FigureCsv.field("hai\ndòng")).isEqualTo("\"hai\ndòng\"");
        assertThat(FigureCsv.field(" lề ")).isEqualTo("\" lề \"");
        assertThat(FigureCsv.field("")).isEmpty();
        assertThat(FigureCsv.field(null)).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefusedButNegativeNumbersAreNot() {
        assertThat(FigureCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(FigureCsv.field("+84 912")).isEqualTo("'+84 912");
        assertThat(FigureCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FigureCsv.field("-5")).isEqualTo("-5");
        assertThat(FigureCsv.field("-x")).isEqualTo("'-x");
    }
}
