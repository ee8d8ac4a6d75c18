package vn.unioncare.jobs.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.unioncare.jobs.JobReferralStatus;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The {@code job_referral} table: one row per referral case. */
@Component
public class JobReferralRows {

    /** A stored referral; the reason for leaving stays encrypted. */
    public record Referral(long id, String caseNumber, String processInstanceId, long memberId, long orgUnitId,
                           long superiorUnitId, long counsellingUnitId, String trade, String skills,
                           String desiredOccupation, String location, Long expectedSalary, LocalDate availableFrom,
                           boolean consent, String channel, JobReferralStatus status, Instant createdAt) {
    }

    /** What a new referral is stored with. */
    public record NewReferral(String caseNumber, String processInstanceId, long memberId, long orgUnitId,
                              long superiorUnitId, String employmentStatus, String reasonEncrypted, String uiStatus,
                              String trade, String skills, String desiredOccupation, String location,
                              Long expectedSalary, LocalDate availableFrom, String digitalSkills, boolean consent) {
    }

    private static final RowMapper<Referral> ROW = (rs, i) -> new Referral(rs.getLong("id"),
            rs.getString("case_number"), rs.getString("process_instance_id"), rs.getLong("member_id"),
            rs.getLong("org_unit_id"), rs.getLong("superior_unit_id"), rs.getLong("counselling_unit_id"),
            rs.getString("trade"), rs.getString("skills"), rs.getString("desired_occupation"),
            rs.getString("location"), (Long) rs.getObject("expected_salary", Long.class),
            rs.getDate("available_from") == null ? null : rs.getDate("available_from").toLocalDate(),
            rs.getBoolean("consent"), rs.getString("channel"), JobReferralStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public JobReferralRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NewReferral r, Instant now) {
        jdbc.update("""
                insert into job_referral (case_number, process_instance_id, member_id, org_unit_id, superior_unit_id,
                       counselling_unit_id, employment_status, reason_encrypted, ui_status, trade, skills,
                       desired_occupation, location, expected_salary, available_from, digital_skills, consent, status,
                       created_at)
                values (:caseNumber, :processInstanceId, :memberId, :orgUnitId, :superiorUnitId, :superiorUnitId,
                        :employmentStatus, :reason, :uiStatus, :trade, :skills, :desiredOccupation, :location,
                        :expectedSalary, :availableFrom, :digitalSkills, :consent, 'COUNSELLING', :now)
                """, new MapSqlParameterSource("caseNumber", r.caseNumber())
                .addValue("processInstanceId", r.processInstanceId()).addValue("memberId", r.memberId())
                .addValue("orgUnitId", r.orgUnitId()).addValue("superiorUnitId", r.superiorUnitId())
                .addValue("employmentStatus", r.employmentStatus()).addValue("reason", r.reasonEncrypted())
                .addValue("uiStatus", r.uiStatus()).addValue("trade", r.trade()).addValue("skills", r.skills())
                .addValue("desiredOccupation", r.desiredOccupation()).addValue("location", r.location())
                .addValue("expectedSalary", r.expectedSalary())
                .addValue("availableFrom", r.availableFrom() == null ? null : Date.valueOf(r.availableFrom()))
                .addValue("digitalSkills", r.digitalSkills()).addValue("consent", r.consent())
                .addValue("now", Timestamp.from(now)));
    }

    public Optional<Referral> find(String caseNumber) {
        return jdbc.query("select * from job_referral where case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber), ROW).stream().findFirst();
    }

    public void counselledBy(long referralId, long unitId) {
        update("counselling_unit_id = :value", referralId, unitId);
    }

    public void channel(long referralId, String channel) {
        update("channel = :value", referralId, channel);
    }

    public void status(long referralId, JobReferralStatus status) {
        update("status = :value", referralId, status.name());
    }

    public void hired(long referralId, String employer, LocalDate hiredOn) {
        jdbc.update("update job_referral set status = 'PLACED', hired_employer = :employer, hired_on = :hiredOn"
                + " where id = :id", new MapSqlParameterSource("id", referralId).addValue("employer", employer)
                .addValue("hiredOn", hiredOn == null ? null : Date.valueOf(hiredOn)));
    }

    /** Ends the case: a placed member stays placed, anything else is closed. */
    public void close(long referralId, Instant now) {
        jdbc.update("update job_referral set closed_at = :now,"
                + " status = case when status = 'PLACED' then status else 'CLOSED' end where id = :id",
                new MapSqlParameterSource("id", referralId).addValue("now", Timestamp.from(now)));
    }

    private void update(String assignment, long referralId, Object value) {
        jdbc.update("update job_referral set " + assignment + " where id = :id",
                new MapSqlParameterSource("id", referralId).addValue("value", value));
    }
}
