package vn.unioncare.safety.domain;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hashes of reporters' tracking codes and the case each one opens; looked up by primary key only. */
@Component
public class TrackingCodeRows {

    private final NamedParameterJdbcTemplate jdbc;

    public TrackingCodeRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String codeHash, String caseNumber, Instant createdAt) {
        jdbc.update("insert into safety_tracking_code (code_hash, case_number, created_at) values (:hash, :cn, :at)",
                Map.of("hash", codeHash, "cn", caseNumber, "at", Timestamp.from(createdAt)));
    }

    public Optional<String> caseNumberOf(String codeHash) {
        List<String> found = jdbc.queryForList("select case_number from safety_tracking_code where code_hash = :hash",
                Map.of("hash", codeHash), String.class);
        return found.stream().findFirst();
    }

    public boolean issuedFor(String caseNumber) {
        Long count = jdbc.queryForObject("select count(*) from safety_tracking_code where case_number = :cn",
                Map.of("cn", caseNumber), Long.class);
        return count != null && count > 0;
    }
}
