package vn.unioncare.jobs.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.jobs.PlacementView;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code job_referral_placement} table: one row per vacancy a referral sent its member to. */
@Component
public class PlacementRows {

    private static final String SELECT = """
            select p.*, v.title, e.name as employer_name from job_referral_placement p
            join vacancy v on v.id = p.vacancy_id join employer e on e.id = v.employer_id
            """;

    private static final RowMapper<PlacementView> ROW = (rs, i) -> new PlacementView(rs.getLong("vacancy_id"),
            rs.getString("title"), rs.getString("employer_name"), rs.getInt("round"),
            (Long) rs.getObject("letter_document_id", Long.class), rs.getBoolean("profile_sent"),
            rs.getTimestamp("referred_at").toInstant(), rs.getBoolean("interviewed"), rs.getBoolean("hired"),
            rs.getDate("hired_on") == null ? null : rs.getDate("hired_on").toLocalDate(),
            (Boolean) rs.getObject("still_employed_30", Boolean.class),
            (Boolean) rs.getObject("still_employed_90", Boolean.class),
            rs.getTimestamp("outcome_at") == null ? null : rs.getTimestamp("outcome_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public PlacementRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the referral to a vacancy once; a retried step finds the row it wrote. */
    public void insertIfAbsent(long referralId, long vacancyId, int round, Instant now) {
        if (find(referralId, vacancyId).isPresent()) {
            return;
        }
        jdbc.update("""
                insert into job_referral_placement (referral_id, vacancy_id, round, profile_sent, referred_at,
                                                    interviewed, hired)
                values (:referralId, :vacancyId, :round, false, :now, false, false)
                """, key(referralId, vacancyId).addValue("round", round).addValue("now", Timestamp.from(now)));
    }

    public Optional<PlacementView> find(long referralId, long vacancyId) {
        return jdbc.query(SELECT + " where p.referral_id = :referralId and p.vacancy_id = :vacancyId",
                key(referralId, vacancyId), ROW).stream().findFirst();
    }

    /** The placements of a referral, oldest round first. */
    public List<PlacementView> ofReferral(long referralId) {
        return jdbc.query(SELECT + " where p.referral_id = :referralId order by p.round, p.referred_at, p.id",
                new MapSqlParameterSource("referralId", referralId), ROW);
    }

    public void letterIssued(long referralId, long vacancyId, long documentId) {
        jdbc.update("update job_referral_placement set letter_document_id = :doc"
                + " where referral_id = :referralId and vacancy_id = :vacancyId",
                key(referralId, vacancyId).addValue("doc", documentId));
    }

    public void profileSent(long referralId, long vacancyId) {
        jdbc.update("update job_referral_placement set profile_sent = true"
                + " where referral_id = :referralId and vacancy_id = :vacancyId", key(referralId, vacancyId));
    }

    /** The employers' answer for the placements still awaiting one: who interviewed, who (if anyone) hired. */
    public void answer(long referralId, Collection<Long> interviewed, Long hiredVacancyId, LocalDate hiredOn,
                       Instant now) {
        jdbc.update("""
                update job_referral_placement set
                    interviewed = case when vacancy_id in (:interviewed) or vacancy_id = :hired then true else false end,
                    hired = case when vacancy_id = :hired then true else false end,
                    hired_on = case when vacancy_id = :hired then cast(:hiredOn as date) else null end,
                    outcome_at = :now
                where referral_id = :referralId and outcome_at is null
                """, new MapSqlParameterSource("referralId", referralId)
                .addValue("interviewed", interviewed.isEmpty() ? List.of(-1L) : interviewed)
                .addValue("hired", hiredVacancyId == null ? -1L : hiredVacancyId)
                .addValue("hiredOn", hiredOn == null ? null : Date.valueOf(hiredOn))
                .addValue("now", Timestamp.from(now)));
    }

    /** The answer of a check-in ({@code day} 30 or 90) for the placement the member was hired in. */
    public void checkedIn(long referralId, int day, boolean stillEmployed) {
        String column = switch (day) {
            case 30 -> "still_employed_30";
            case 90 -> "still_employed_90";
            default -> throw new IllegalArgumentException("check-in day must be 30 or 90: " + day);
        };
        jdbc.update("update job_referral_placement set " + column + " = :answer"
                + " where referral_id = :referralId and hired = true",
                new MapSqlParameterSource("referralId", referralId).addValue("answer", stillEmployed));
    }

    private static MapSqlParameterSource key(long referralId, long vacancyId) {
        return new MapSqlParameterSource("referralId", referralId).addValue("vacancyId", vacancyId);
    }
}
