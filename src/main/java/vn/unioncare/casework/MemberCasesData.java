package vn.unioncare.casework;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.PersonalDataSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's cases for their own data export: number, kind, status and dates of every case about them, and the data
 * submitted in it (start and task forms) as the engine's history keeps it and the case page shows it: each value as
 * text, UnionCare's routing variables left out.
 */
@Component
class MemberCasesData implements PersonalDataSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryService history;

    MemberCasesData(NamedParameterJdbcTemplate jdbc, HistoryService history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public String section() {
        return "cases";
    }

    @Override
    public Object heldAbout(long memberId) {
        return jdbc.query("select case_number, process_key, process_instance_id, status, created_at, closed_at"
                        + " from case_file where member_id = :member order by created_at, id",
                new MapSqlParameterSource("member", memberId), (rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("caseNumber", rs.getString("case_number"));
                    item.put("process", rs.getString("process_key"));
                    item.put("status", rs.getString("status"));
                    item.put("openedAt", String.valueOf(rs.getTimestamp("created_at").toInstant()));
                    item.put("closedAt", rs.getTimestamp("closed_at") == null ? null
                            : String.valueOf(rs.getTimestamp("closed_at").toInstant()));
                    item.put("formValues", formValues(rs.getString("process_instance_id")));
                    return item;
                });
    }

    private Map<String, String> formValues(String processInstanceId) {
        Map<String, String> values = new TreeMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .disableCustomObjectDeserialization().list().stream()
                .filter(v -> TimelineValues.isShown(v.getName()))
                .forEach(v -> values.put(v.getName(), TimelineValues.text(v.getTypedValue())));
        return values;
    }
}
