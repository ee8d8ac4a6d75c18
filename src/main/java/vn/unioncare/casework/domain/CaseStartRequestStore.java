package vn.unioncare.casework.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code case_start_request} table: which case a client's idempotency key opened, per account. */
@Component
public class CaseStartRequestStore {

    /** The case a key opened. */
    public record KeyedCase(String caseNumber, String processInstanceId) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CaseStartRequestStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KeyedCase> find(String requestedBy, String requestKey) {
        return jdbc.query("select case_number, process_instance_id from case_start_request"
                        + " where requested_by = :by and request_key = :key",
                new MapSqlParameterSource("by", requestedBy).addValue("key", requestKey),
                (rs, i) -> new KeyedCase(rs.getString(1), rs.getString(2))).stream().findFirst();
    }

    /** Fails with a {@code DuplicateKeyException} when the account used the key before (a concurrent repeat). */
    public void insert(String requestedBy, String requestKey, KeyedCase opened, Instant at) {
        jdbc.update("insert into case_start_request (requested_by, request_key, case_number, process_instance_id,"
                        + " created_at) values (:by, :key, :number, :instance, :at)",
                new MapSqlParameterSource("by", requestedBy).addValue("key", requestKey)
                        .addValue("number", opened.caseNumber()).addValue("instance", opened.processInstanceId())
                        .addValue("at", Timestamp.from(at)));
    }
}
