package vn.unioncare.member.domain;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway migration 26.1: writes the later-word rows (V26) of the members that exist, in batches ordered by id, never
 * the whole table in memory. Members without rows are taken, so a run on a half-filled table continues.
 */
@Component
public class MemberNameWordsFill implements JavaMigration {

    private final int batchSize;

    public MemberNameWordsFill() {
        this(1_000);
    }

    public MemberNameWordsFill(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("26.1");
    }

    @Override
    public String getDescription() {
        return "member name words";
    }

    @Override
    public Integer getChecksum() {
        return 261;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Writes the rows of every member that has none (also used by the benchmark's data generator). */
    public void fill(Connection connection) throws SQLException {
        long after = Long.MIN_VALUE;
        List<Object[]> batch = nextBatch(connection, after);
        while (!batch.isEmpty()) {
            write(connection, batch);
            after = (Long) batch.get(batch.size() - 1)[0];
            batch = nextBatch(connection, after);
        }
    }

    private List<Object[]> nextBatch(Connection connection, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, name_search, org_unit_id from member m"
                + " where id > ? and not exists (select 1 from member_name_word w where w.member_id = m.id)"
                + " order by id limit ?")) {
            select.setLong(1, after);
            select.setInt(2, batchSize);
            List<Object[]> rows = new ArrayList<>(batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getLong(3)});
                }
            }
            return rows;
        }
    }

    private void write(Connection connection, List<Object[]> batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into member_name_word (member_id, word_number, org_unit_id, word_suffix)"
                        + " values (?, ?, ?, ?)")) {
            for (Object[] member : batch) {
                List<String> suffixes = MemberNameWords.laterWordSuffixes((String) member[1]);
                for (int number = 0; number < suffixes.size(); number++) {
                    insert.setLong(1, (Long) member[0]);
                    insert.setInt(2, number);
                    insert.setLong(3, (Long) member[2]);
                    insert.setString(4, suffixes.get(number));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
