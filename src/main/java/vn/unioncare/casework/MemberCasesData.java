package vn.unioncare.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.PersonalDataSource;

import java.util.LinkedHashMap;
import java.util.Map;

/** A member's cases for their own data export: number, kind, status and dates of every case about them. */
@Component
class MemberCasesData implements PersonalDataSource {

    private final NamedParameterJdbcTemplate jdbc;

    MemberCasesData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "cases";
    }

    @Override
    public Object heldAbout(long memberId) {
        return jdbc.query("select case_number, process_key, status, created_at, closed_at from case_file"
                        + " where member_id = :member order by created_at, id",
                new MapSqlParameterSource("member", memberId), (rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("caseNumber", rs.getString("case_number"));
                    item.put("process", rs.getString("process_key"));
                    item.put("status", rs.getString("status"));
                    item.put("openedAt", String.valueOf(rs.getTimestamp("created_at").toInstant()));
                    item.put("closedAt", rs.getTimestamp("closed_at") == null ? null
                            : String.valueOf(rs.getTimestamp("closed_at").toInstant()));
                    return item;
                });
    }
}
