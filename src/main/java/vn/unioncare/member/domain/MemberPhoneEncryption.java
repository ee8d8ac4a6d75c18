package vn.unioncare.member.domain;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.unioncare.security.PersonalDataCipher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway migration 25.1, a Spring bean because it needs the key from the configuration: encrypts the clear phone
 * numbers of existing members in batches ordered by id (never the whole table in memory), then drops the clear
 * column so that neither the application nor a backup can hold a clear phone again. Flyway runs it once; run again
 * on a half-done table (it is one transaction, so only by hand) it continues with the rows still in clear.
 */
@Component
public class MemberPhoneEncryption implements JavaMigration {

    static final int DEFAULT_BATCH = 500;

    private final PersonalDataCipher cipher;
    private final int batchSize;

    @Autowired
    public MemberPhoneEncryption(PersonalDataCipher cipher) {
        this(cipher, DEFAULT_BATCH);
    }

    MemberPhoneEncryption(PersonalDataCipher cipher, int batchSize) {
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("25.1");
    }

    @Override
    public String getDescription() {
        return "encrypt member phones";
    }

    @Override
    public Integer getChecksum() {
        return 251;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = Long.MIN_VALUE;
        List<Object[]> batch = nextBatch(connection, after);
        while (!batch.isEmpty()) {
            encrypt(connection, batch);
            after = (Long) batch.get(batch.size() - 1)[0];
            batch = nextBatch(connection, after);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop index if exists ix_member_phone_prefix");
            ddl.execute("drop index if exists ix_member_phone");
            ddl.execute("alter table member drop column phone");
        }
    }

    private List<Object[]> nextBatch(Connection connection, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, phone from member where id > ? and phone is not null order by id limit ?")) {
            select.setLong(1, after);
            select.setInt(2, batchSize);
            List<Object[]> rows = new ArrayList<>(batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getLong(1), rs.getString(2)});
                }
            }
            return rows;
        }
    }

    private void encrypt(Connection connection, List<Object[]> batch) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update member set phone_encrypted = ?, phone_hash = ?, phone = null where id = ?")) {
            for (Object[] row : batch) {
                String phone = PhoneNumbers.normalise((String) row[1]);
                update.setString(1, cipher.encrypt(phone));
                update.setString(2, cipher.lookupHash(phone));
                update.setLong(3, (Long) row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
