package vn.unioncare.safety;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.unioncare.common.TimeConfiguration;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Safety reports as the process leaves them, written straight into the table for dates no other test uses, with the
 * union chain of the demo workplace.
 */
final class SafetyRows {

    private final NamedParameterJdbcTemplate jdbc;

    SafetyRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A classified report at noon on {@code day} (Hanoi) at the workplace of {@code grassrootsCode}. */
    void report(String grassrootsCode, String type, String severity, String day, int deaths, int serious, int light,
                LocalDate investigationDue, String outcome) {
        String key = UUID.randomUUID().toString();
        jdbc.update("""
                insert into safety_report (case_number, process_instance_id, grassroots_unit_id, superior_unit_id,
                    city_unit_id, employer_name, employer_key, employer_search, place, occurred_at, report_type, deaths,
                    seriously_injured, lightly_injured, contract_type, description, authorities_notified, anonymous,
                    severity, investigation_due, outcome, created_at, version)
                select :caseNumber, :instance, g.id, p.parent_id, (select id from org_unit where code = 'HLF'),
                    'Công ty TNHH Kiểm thử', 'ten:cong ty tnhh kiem thu', 'cong ty tnhh kiem thu', 'Xưởng 1', :occurred, :type, :deaths,
                    :serious, :light, 'labour-contract', 'Mô tả', false, true, :severity, :due, :outcome,
                    :occurred, 0
                from org_unit g join org_unit_link p on p.child_id = g.id and p.valid_to is null
                where g.code = :grassroots""",
                new MapSqlParameterSource("caseNumber", "AT-TEST-" + key.substring(0, 8)).addValue("instance", key)
                        .addValue("grassroots", grassrootsCode).addValue("type", type)
                        .addValue("severity", severity).addValue("deaths", deaths).addValue("serious", serious)
                        .addValue("light", light).addValue("outcome", outcome)
                        .addValue("due", investigationDue == null ? null : Date.valueOf(investigationDue), Types.DATE)
                        .addValue("occurred", Timestamp.from(LocalDate.parse(day).atTime(12, 0)
                                .atZone(TimeConfiguration.HANOI).toInstant())));
    }

    /** The reports of the first half of 2018 the figure tests count. */
    void firstHalfOf2018() {
        report("CS-THCS-NGHIA-TAN", "accident", "fatal", "2018-01-15", 1, 0, 0, LocalDate.of(2018, 2, 14), "OPEN");
        report("CS-THCS-NGHIA-TAN", "accident", "light", "2018-06-30", 0, 0, 2, LocalDate.of(2018, 7, 4), "CLOSED");
        report("CS-THCS-NGHIA-TAN", "accident", "light", "2018-07-01", 0, 0, 5, null, "OPEN");
        report("CS-BV-XANH-PON", "accident", "serious-multiple", "2018-03-03", 0, 2, 1, LocalDate.of(2018, 3, 23),
                "CLOSED");
        report("CS-BV-XANH-PON", "hazard", "hazard", "2018-03-04", 0, 0, 0, null, "OPEN");
        report("CS-DT-THANG-LONG", "near-miss", "hazard", "2018-05-05", 0, 0, 0, null, "CLOSED");
    }
}
