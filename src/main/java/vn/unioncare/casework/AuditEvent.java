package vn.unioncare.casework;

import java.time.Instant;
import java.util.Map;

/** One line of the audit log; {@code actor} is a username or {@code system}. */
public record AuditEvent(long id, Instant occurredAt, String actor, AuditType type, String processInstanceId,
                         String caseNumber, String target, Map<String, String> details) {
}
