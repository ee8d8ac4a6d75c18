package vn.unioncare.casework;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.member.PersonalDataSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data submitted in a member's cases (start and task forms), as the engine's history keeps it and the case page
 * shows it, for their own data export: per case, each value as text; UnionCare's routing variables left out.
 */
@Component
class MemberCaseFormValuesData implements PersonalDataSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryService history;

    MemberCaseFormValuesData(NamedParameterJdbcTemplate jdbc, HistoryService history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public String section() {
        return "caseFormValues";
    }

    @Override
    public Object heldAbout(long memberId) {
        return jdbc.query("select case_number, process_instance_id from case_file where member_id = :member"
                        + " order by created_at, id", new MapSqlParameterSource("member", memberId),
                (rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("caseNumber", rs.getString("case_number"));
                    item.put("values", valuesOf(rs.getString("process_instance_id")));
                    return item;
                });
    }

    private Map<String, String> valuesOf(String processInstanceId) {
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list();
        Map<String, String> values = new TreeMap<>();
        variables.stream().filter(v -> TimelineValues.isShown(v.getName()))
                .forEach(v -> values.put(v.getName(), TimelineValues.text(v.getTypedValue())));
        return values;
    }
}
