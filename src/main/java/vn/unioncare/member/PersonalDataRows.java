package vn.unioncare.member;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.unioncare.security.PersonalDataCipher;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows about one member as plain JSON-ready maps (column name in lower case → value; dates and times as ISO text), for
 * {@link PersonalDataSource}s whose section is a query with the parameter {@code :member}.
 */
public final class PersonalDataRows {

    private PersonalDataRows() {
    }

    public static List<Map<String, Object>> of(NamedParameterJdbcTemplate jdbc, String sql, long memberId) {
        return jdbc.query(sql, new MapSqlParameterSource("member", memberId), (rs, row) -> asMap(rs));
    }

    /** As {@link #of}, with the named columns (stored encrypted) decrypted: the member gets their data in clear. */
    public static List<Map<String, Object>> of(NamedParameterJdbcTemplate jdbc, String sql, long memberId,
                                               PersonalDataCipher cipher, String... encryptedColumns) {
        List<Map<String, Object>> rows = of(jdbc, sql, memberId);
        rows.forEach(row -> Arrays.stream(encryptedColumns)
                .forEach(column -> row.computeIfPresent(column, (name, value) -> cipher.decrypt((String) value))));
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
