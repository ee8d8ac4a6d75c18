package vn.unioncare.member;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.unioncare.security.PersonalDataCipher;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link PersonalDataSource} whose section is one query with the parameter {@code :member}: its rows as plain
 * JSON-ready maps (column name in lower case → value; dates and times as ISO text), the named columns (stored
 * encrypted) decrypted, since the member gets their own data in clear. A feature subclasses it in its own package.
 */
public abstract class QueriedPersonalData implements PersonalDataSource {

    private final String section;
    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final String sql;
    private final List<String> encryptedColumns;

    protected QueriedPersonalData(String section, NamedParameterJdbcTemplate jdbc, PersonalDataCipher cipher,
                                  String sql, String... encryptedColumns) {
        this.section = section;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.sql = sql;
        this.encryptedColumns = List.of(encryptedColumns);
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Object heldAbout(long memberId) {
        List<Map<String, Object>> rows = jdbc.query(sql, new MapSqlParameterSource("member", memberId),
                (rs, row) -> asMap(rs));
        rows.forEach(row -> encryptedColumns.forEach(
                column -> row.computeIfPresent(column, (name, value) -> cipher.decrypt((String) value))));
        return rows;
    }

    private static Map<String, Object> asMap(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> item = new LinkedHashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            Object value = rs.getObject(column);
            item.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), plain(value));
        }
        return item;
    }

    private static Object plain(Object value) {
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.temporal.Temporal || value instanceof java.sql.Time) {
            return value.toString();
        }
        return value;
    }
}
