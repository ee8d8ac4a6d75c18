package vn.unioncare.training.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The {@code training_certificate} table: looked up by its unique verification code or case number only. */
@Component
public class CertificateRows {

    /** A row as stored; {@code revokedAt} is null while the certificate is valid. */
    public record CertificateRow(String verificationCode, String caseNumber, long memberId, String memberName,
                                 String courseTitle, int hours, LocalDate completedOn, String issuingUnion,
                                 Instant issuedAt, long documentId, Instant revokedAt) {
    }

    private static final String COLUMNS = "verification_code, case_number, member_id, member_name, course_title, "
            + "hours, completed_on, issuing_union, issued_at, document_id, revoked_at";
    private static final RowMapper<CertificateRow> ROW = (rs, n) -> new CertificateRow(rs.getString(1),
            rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
            rs.getDate(7).toLocalDate(), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getLong(10),
            rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public CertificateRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CertificateRow row) {
        jdbc.update("insert into training_certificate (" + COLUMNS + ") values (:code, :caseNumber, :memberId, "
                + ":memberName, :course, :hours, :completedOn, :union, :issuedAt, :documentId, null)",
                new MapSqlParameterSource()
                        .addValue("code", row.verificationCode())
                        .addValue("caseNumber", row.caseNumber())
                        .addValue("memberId", row.memberId())
                        .addValue("memberName", row.memberName())
                        .addValue("course", row.courseTitle())
                        .addValue("hours", row.hours())
                        .addValue("completedOn", Date.valueOf(row.completedOn()))
                        .addValue("union", row.issuingUnion())
                        .addValue("issuedAt", Timestamp.from(row.issuedAt()))
                        .addValue("documentId", row.documentId()));
    }

    public Optional<CertificateRow> byCode(String verificationCode) {
        return one("verification_code = :value", verificationCode);
    }

    public Optional<CertificateRow> byCase(String caseNumber) {
        return one("case_number = :value", caseNumber);
    }

    public boolean codeTaken(String verificationCode) {
        return byCode(verificationCode).isPresent();
    }

    /** Whether the member holds a certificate of the course that has not been revoked. */
    public boolean holdsValid(long memberId, String courseTitle) {
        Long count = jdbc.queryForObject("select count(*) from training_certificate where member_id = :memberId "
                + "and course_title = :course and revoked_at is null",
                Map.of("memberId", memberId, "course", courseTitle), Long.class);
        return count != null && count > 0;
    }

    /** Marks the case's certificate revoked unless it already is; returns whether it changed. */
    public boolean revoke(String caseNumber, Instant at, String by, String reason) {
        return jdbc.update("update training_certificate set revoked_at = :at, revoked_by = :by, revoke_reason = :reason "
                + "where case_number = :caseNumber and revoked_at is null", new MapSqlParameterSource()
                .addValue("at", Timestamp.from(at)).addValue("by", by).addValue("reason", reason)
                .addValue("caseNumber", caseNumber)) > 0;
    }

    private Optional<CertificateRow> one(String condition, String value) {
        return jdbc.query("select " + COLUMNS + " from training_certificate where " + condition,
                Map.of("value", value), ROW).stream().findFirst();
    }
}
