package vn.unioncare.safety.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.unioncare.common.SearchText;
import vn.unioncare.common.TimeConfiguration;
import vn.unioncare.safety.RegisterFilter;
import vn.unioncare.safety.RegisterGroup;
import vn.unioncare.safety.RegisterRow;

import java.sql.Timestamp;
import java.util.List;

/**
 * The incident register in SQL: reports joined to their case file, restricted by the case visibility rule the caller
 * passes in ({@code visible}, a condition on {@code case_file c} with its parameters), filtered, paged, and grouped
 * per employer or per workplace union.
 */
@Repository
public class SafetyRegisterQuery {

    private static final String FROM = " from safety_report r"
            + " join case_file c on c.case_number = r.case_number"
            + " join org_unit g on g.id = r.grassroots_unit_id";
    private static final String CASUALTIES = " count(*) as reports, sum(r.deaths) as deaths,"
            + " sum(r.seriously_injured) as seriously_injured, sum(r.lightly_injured) as lightly_injured";

    private final NamedParameterJdbcTemplate jdbc;

    public SafetyRegisterQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegisterRow> rows(RegisterFilter filter, String visible, MapSqlParameterSource params, int offset,
                                  int limit) {
        return jdbc.query("select r.case_number, r.occurred_at, g.name_vi, r.employer_name, r.employer_tax_code,"
                        + " r.place, r.report_type, r.severity, r.deaths, r.seriously_injured, r.lightly_injured,"
                        + " r.outcome, r.reported_by, r.description"
                        + FROM + where(filter, visible, params)
                        + " order by r.occurred_at desc, r.id desc" + page(params, offset, limit), params,
                (rs, i) -> new RegisterRow(rs.getString("case_number"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("name_vi"),
                        rs.getString("employer_name"), rs.getString("employer_tax_code"), rs.getString("place"),
                        rs.getString("report_type"), rs.getString("severity"), rs.getInt("deaths"),
                        rs.getInt("seriously_injured"), rs.getInt("lightly_injured"), rs.getString("outcome"),
                        rs.getString("reported_by"), rs.getString("description")));
    }

    public long count(RegisterFilter filter, String visible, MapSqlParameterSource params) {
        return jdbc.queryForObject("select count(*)" + FROM + where(filter, visible, params), params, Long.class);
    }

    /** Per employer, most reports first. */
    public List<RegisterGroup> byEmployer(RegisterFilter filter, String visible, MapSqlParameterSource params,
                                          int offset, int limit) {
        return jdbc.query("select r.employer_key as group_key, min(r.employer_name) as name,"
                        + " min(r.employer_tax_code) as tax_code," + CASUALTIES
                        + FROM + where(filter, visible, params) + " group by r.employer_key"
                        + " order by count(*) desc, r.employer_key" + page(params, offset, limit),
                params, GROUP);
    }

    public long countEmployers(RegisterFilter filter, String visible, MapSqlParameterSource params) {
        return jdbc.queryForObject("select count(distinct r.employer_key)" + FROM + where(filter, visible, params),
                params, Long.class);
    }

    /** Per workplace union, most reports first. */
    public List<RegisterGroup> byUnion(RegisterFilter filter, String visible, MapSqlParameterSource params,
                                       int offset, int limit) {
        return jdbc.query("select g.code as group_key, g.name_vi as name, null as tax_code," + CASUALTIES
                        + FROM + where(filter, visible, params) + " group by g.code, g.name_vi"
                        + " order by count(*) desc, g.code" + page(params, offset, limit),
                params, GROUP);
    }

    public long countUnions(RegisterFilter filter, String visible, MapSqlParameterSource params) {
        return jdbc.queryForObject("select count(distinct r.grassroots_unit_id)" + FROM
                + where(filter, visible, params), params, Long.class);
    }

    private static final RowMapper<RegisterGroup> GROUP = (rs, i) -> new RegisterGroup(rs.getString("group_key"),
            rs.getString("name"), rs.getString("tax_code"), rs.getLong("reports"), rs.getLong("deaths"),
            rs.getLong("seriously_injured"), rs.getLong("lightly_injured"));

    private static String where(RegisterFilter filter, String visible, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" where (").append(visible).append(")");
        if (filter.unionId() != null) {
            sql.append(" and exists (select 1 from org_unit_closure u where u.ancestor_id = :union"
                    + " and u.descendant_id = r.grassroots_unit_id)");
            params.addValue("union", filter.unionId());
        }
        if (filter.employer() != null && !filter.employer().isBlank()) {
            sql.append(" and (r.employer_tax_code = :taxCode or r.employer_search like :employerName escape '\\')");
            params.addValue("taxCode", filter.employer().strip());
            params.addValue("employerName", "%" + SearchText.likePrefix(filter.employer()));
        }
        if (filter.reportType() != null && !filter.reportType().isBlank()) {
            sql.append(" and r.report_type = :reportType");
            params.addValue("reportType", filter.reportType());
        }
        if (filter.severity() != null && !filter.severity().isBlank()) {
            sql.append(" and r.severity = :severity");
            params.addValue("severity", filter.severity());
        }
        if (filter.from() != null) {
            sql.append(" and r.occurred_at >= :from");
            params.addValue("from", Timestamp.from(filter.from().atStartOfDay(TimeConfiguration.HANOI).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and r.occurred_at < :to");
            params.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.HANOI)
                    .toInstant()));
        }
        if (filter.outcome() != null && !filter.outcome().isBlank()) {
            sql.append(" and r.outcome = :outcome");
            params.addValue("outcome", filter.outcome());
        }
        return sql.toString();
    }

    private static String page(MapSqlParameterSource params, int offset, int limit) {
        params.addValue("offset", offset).addValue("limit", limit);
        return " limit :limit offset :offset";
    }
}
