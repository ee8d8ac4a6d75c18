package vn.unioncare.jobs.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.jobs.VacancyDraft;
import vn.unioncare.jobs.VacancySource;
import vn.unioncare.jobs.VacancyStatus;
import vn.unioncare.jobs.VacancyView;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code vacancy} and {@code vacancy_skill} tables. Lists are one query for the page and one for the skills of
 * the vacancies on it; the WHERE clauses come from {@link VacancySearchQuery} and {@link VacancyCandidates}.
 */
@Component
public class VacancyRows {

    private static final String SELECT = """
            select v.id, v.employer_id, e.name as employer_name, e.tax_code, v.title, v.occupation_code,
                   v.occupation_name, v.district, v.ward, v.salary_min, v.salary_max, v.seats, v.seats_filled,
                   v.closing_date, v.source, v.status, v.owning_unit_id, v.created_by, v.created_at, v.version
            from vacancy v join employer e on e.id = v.employer_id
            """;

    /** Taking applications on {@code :today}. */
    static final String TAKES_APPLICATIONS =
            "v.status = 'OPEN' and v.closing_date >= :today and v.seats_filled < v.seats";

    private final NamedParameterJdbcTemplate jdbc;

    public VacancyRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(VacancyDraft draft, long owningUnitId, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into vacancy (employer_id, title, title_search, occupation_code, occupation_name,
                                     occupation_search, district, district_search, ward, ward_search, salary_min,
                                     salary_max, seats, seats_filled, closing_date, source, status, owning_unit_id,
                                     created_by, created_at, version)
                values (:employerId, :title, :titleSearch, :occupationCode, :occupationName, :occupationSearch,
                        :district, :districtSearch, :ward, :wardSearch, :salaryMin, :salaryMax, :seats, 0,
                        :closingDate, :source, :status, :owningUnitId, :createdBy, :createdAt, 0)
                """, values(draft, owningUnitId).addValue("createdBy", createdBy)
                .addValue("createdAt", Timestamp.from(now)), key, new String[] {"id"});
        long id = key.getKeyAs(Number.class).longValue();
        insertSkills(id, draft.skills());
        return id;
    }

    /** False when the vacancy is gone or was changed since {@code version}. */
    public boolean update(long id, long version, VacancyDraft draft, long owningUnitId) {
        boolean updated = jdbc.update("""
                update vacancy set employer_id = :employerId, title = :title, title_search = :titleSearch,
                       occupation_code = :occupationCode, occupation_name = :occupationName,
                       occupation_search = :occupationSearch, district = :district, district_search = :districtSearch,
                       ward = :ward, ward_search = :wardSearch, salary_min = :salaryMin, salary_max = :salaryMax,
                       seats = :seats, closing_date = :closingDate, source = :source, status = :status,
                       owning_unit_id = :owningUnitId, version = version + 1
                where id = :id and version = :version
                """, values(draft, owningUnitId).addValue("id", id).addValue("version", version)) == 1;
        if (updated) {
            jdbc.update("delete from vacancy_skill where vacancy_id = :id", new MapSqlParameterSource("id", id));
            insertSkills(id, draft.skills());
        }
        return updated;
    }

    /** One seat taken by a placement; false when none was left. */
    public boolean fillSeat(long id) {
        return jdbc.update("update vacancy set seats_filled = seats_filled + 1, version = version + 1"
                + " where id = :id and seats_filled < seats", new MapSqlParameterSource("id", id)) == 1;
    }

    public Optional<VacancyView> find(long id) {
        return list("v.id = :id", new MapSqlParameterSource("id", id), "v.id", 1, 0).stream().findFirst();
    }

    /** The vacancies matching {@code where} (on {@code vacancy v} joined to {@code employer e}), one page. */
    List<VacancyView> list(String where, MapSqlParameterSource params, String orderBy, int limit, long offset) {
        params.addValue("limit", limit).addValue("offset", offset);
        List<Row> rows = jdbc.query(SELECT + " where " + where + " order by " + orderBy
                + " limit :limit offset :offset", params, ROW);
        Map<Long, List<String>> skills = skills(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> row.toView(skills.getOrDefault(row.id(), List.of()))).toList();
    }

    long count(String where, SqlParameterSource params) {
        Long count = jdbc.queryForObject("select count(*) from vacancy v join employer e on e.id = v.employer_id"
                + " where " + where, params, Long.class);
        return count == null ? 0 : count;
    }

    private Map<Long, List<String>> skills(List<Long> vacancyIds) {
        Map<Long, List<String>> byVacancy = new HashMap<>();
        if (!vacancyIds.isEmpty()) {
            jdbc.query("select vacancy_id, skill from vacancy_skill where vacancy_id in (:ids)"
                    + " order by vacancy_id, position", new MapSqlParameterSource("ids", vacancyIds), rs -> {
                byVacancy.computeIfAbsent(rs.getLong("vacancy_id"), id -> new ArrayList<>()).add(rs.getString("skill"));
            });
        }
        return byVacancy;
    }

    private void insertSkills(long vacancyId, List<String> skills) {
        List<MapSqlParameterSource> batch = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            batch.add(new MapSqlParameterSource("vacancyId", vacancyId).addValue("skill", skills.get(i))
                    .addValue("skillKey", SearchText.fold(skills.get(i))).addValue("position", i));
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("insert into vacancy_skill (vacancy_id, skill_key, skill, position)"
                    + " values (:vacancyId, :skillKey, :skill, :position)", batch.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource values(VacancyDraft draft, long owningUnitId) {
        return new MapSqlParameterSource("employerId", draft.employerId()).addValue("title", draft.title())
                .addValue("titleSearch", SearchText.fold(draft.title()))
                .addValue("occupationCode", draft.occupationCode()).addValue("occupationName", draft.occupationName())
                .addValue("occupationSearch", SearchText.fold(draft.occupationName()))
                .addValue("district", draft.district()).addValue("districtSearch", SearchText.fold(draft.district()))
                .addValue("ward", draft.ward())
                .addValue("wardSearch", draft.ward() == null ? null : SearchText.fold(draft.ward()))
                .addValue("salaryMin", draft.salaryMin()).addValue("salaryMax", draft.salaryMax())
                .addValue("seats", draft.seats()).addValue("closingDate", Date.valueOf(draft.closingDate()))
                .addValue("source", draft.source().name()).addValue("status", draft.status().name())
                .addValue("owningUnitId", owningUnitId);
    }

    private record Row(long id, long employerId, String employerName, String taxCode, String title,
                       String occupationCode, String occupationName, String district, String ward, Long salaryMin,
                       Long salaryMax, int seats, int seatsFilled, Date closingDate, String source, String status,
                       long owningUnitId, String createdBy, Timestamp createdAt, long version) {

        VacancyView toView(List<String> skills) {
            return new VacancyView(id, employerId, employerName, taxCode, title, occupationCode, occupationName,
                    skills, district, ward, salaryMin, salaryMax, seats, seatsFilled, closingDate.toLocalDate(),
                    VacancySource.valueOf(source), VacancyStatus.valueOf(status), owningUnitId, createdBy,
                    createdAt.toInstant(), version);
        }
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("employer_id"),
            rs.getString("employer_name"), rs.getString("tax_code"), rs.getString("title"),
            rs.getString("occupation_code"), rs.getString("occupation_name"), rs.getString("district"),
            rs.getString("ward"), rs.getObject("salary_min", Long.class), rs.getObject("salary_max", Long.class),
            rs.getInt("seats"), rs.getInt("seats_filled"), rs.getDate("closing_date"), rs.getString("source"),
            rs.getString("status"), rs.getLong("owning_unit_id"), rs.getString("created_by"),
            rs.getTimestamp("created_at"), rs.getLong("version"));
}
