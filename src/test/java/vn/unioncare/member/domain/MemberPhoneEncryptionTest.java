package vn.unioncare.member.domain;

import org.junit.jupiter.api.Test;
import vn.unioncare.security.PersonalDataCipher;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 25.1 on a table of clear phones, in batches smaller than the table: every phone ends up encrypted. */
class MemberPhoneEncryptionTest {

    @Test
    void existingClearPhonesAreEncryptedInBatchesAndTheClearColumnIsDropped() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PersonalDataCipher cipher = new PersonalDataCipher(Base64.getEncoder().encodeToString(key));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:phones" + System.nanoTime())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table member (id bigint primary key, phone varchar(20),"
                        + " phone_encrypted varchar(200), phone_hash varchar(64))");
                ddl.execute("create index ix_member_phone on member (phone)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into member (id, phone) values (?, ?)")) {
                for (int id = 1; id <= 25; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, id == 7 ? null : "+84 912 000 %03d".formatted(id));
                    insert.executeUpdate();
                }
            }
            new MemberPhoneEncryption(cipher, 4).migrate(MigrationContexts.on(connection));
            try (Statement read = connection.createStatement();
                 ResultSet rows = read.executeQuery("select * from member order by id")) {
                assertThat(rows.getMetaData().getColumnCount()).as("phone column dropped").isEqualTo(3);
                int encrypted = 0;
                while (rows.next()) {
                    long id = rows.getLong("id");
                    if (id == 7) {
                        assertThat(rows.getString("phone_encrypted")).isNull();
                        continue;
                    }
                    String phone = "0912000%03d".formatted(id);
                    assertThat(cipher.decrypt(rows.getString("phone_encrypted"))).isEqualTo(phone);
                    assertThat(rows.getString("phone_hash")).isEqualTo(cipher.lookupHash(phone));
                    encrypted++;
                }
                assertThat(encrypted).isEqualTo(24);
            }
        }
    }
}
