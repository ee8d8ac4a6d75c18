package vn.unioncare.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepSeparatorsLineBreaksAndDoubledQuotesAndRowsAreNumberedAsASpreadsheetDoes()
            throws CsvRecords.UnclosedQuote {
        String text = "a;b;c\r\n\"x;1\";\"dòng 1\ndòng 2\";\"nói \"\"có\"\"\"\n\nlast;;\n";

        List<CsvRecords.CsvRecord> records = CsvRecords.parse(text);

        assertThat(records).extracting(CsvRecords.CsvRecord::row, CsvRecords.CsvRecord::cells).containsExactly(
                tuple(1, List.of("a", "b", "c")),
                tuple(2, List.of("x;1", "dòng 1\ndòng 2", "nói \"có\"")),
                tuple(4, List.of("")),
                tuple(5, List.of("last", "", "")));
        assertThat(records.get(2).blank()).isTrue();
    }

    @Test
    void theSeparatorIsWhicheverTheHeaderHoldsMoreOf() {
        assertThat(CsvRecords.separator("tax_code;title;seats\n1,2;3")).isEqualTo(';');
        assertThat(CsvRecords.separator("tax_code,title,seats\n1;2;3")).isEqualTo(',');
    }

    @Test
    void aQuoteThatNeverClosesNamesTheRowItOpenedIn() {
        assertThatThrownBy(() -> CsvRecords.parse("a,b\n1,2\n\"open,3\n4,5\n"))
                .isInstanceOfSatisfying(CsvRecords.UnclosedQuote.class, e -> assertThat(e.row).isEqualTo(3));
    }
}
