package vn.unioncare.member.domain;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 26.1 on existing members, in batches smaller than the table, and run again on a half-filled table. */
class MemberNameWordsFillTest {

    @Test
    void everyExistingMemberGetsOneRowPerLaterWordAndARunOnAHalfFilledTableContinues() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:words" + System.nanoTime())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table member (id bigint primary key, name_search varchar(200),"
                        + " org_unit_id bigint)");
                ddl.execute("create table member_name_word (member_id bigint, word_number int, org_unit_id bigint,"
                        + " word_suffix varchar(200), primary key (member_id, word_number))");
                ddl.execute("insert into member values (1, 'nguyen van an', 7), (2, 'le thu', 7), (3, 'hoa', 8),"
                        + " (4, 'dang xuan xuyen', 8), (5, 'tran thi thu thuy', 9)");
                ddl.execute("insert into member_name_word values (1, 0, 7, 'van an'), (1, 1, 7, 'an')");
            }
            new MemberNameWordsFill(2).migrate(MigrationContexts.on(connection));
            assertThat(rows(connection)).containsExactly("1 0 7 van an", "1 1 7 an", "2 0 7 thu",
                    "4 0 8 xuan xuyen", "4 1 8 xuyen", "5 0 9 thi thu thuy", "5 1 9 thu thuy", "5 2 9 thuy");
        }
    }

    @Test
    void theSuffixesStartAtEachWordAfterTheFirst() {
        assertThat(MemberNameWords.laterWordSuffixes("nguyen thi thu thuy"))
                .containsExactly("thi thu thuy", "thu thuy", "thuy");
        assertThat(MemberNameWords.laterWordSuffixes("hoa")).isEmpty();
    }

    private static List<String> rows(Connection connection) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select member_id, word_number, org_unit_id, word_suffix from member_name_word"
                        + " order by member_id, word_number");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getLong(3) + " " + rs.getString(4));
            }
        }
        return rows;
    }
}
