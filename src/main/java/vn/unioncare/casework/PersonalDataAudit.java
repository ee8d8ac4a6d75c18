package vn.unioncare.casework;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.unioncare.member.PersonalDataAccessed;
import vn.unioncare.member.PersonalDataPurpose;

import java.util.Map;

/**
 * Every view and export of a member's personal data goes into the audit log: who (the signed-in user), when, which
 * member ({@code member <id>}) and why (the purpose). Synchronous, in the viewer's transaction: if the event cannot be
 * written, the data is not shown.
 */
@Component
class PersonalDataAudit {

    private final AuditTrail audit;

    PersonalDataAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(PersonalDataAccessed accessed) {
        AuditType type = accessed.purpose() == PersonalDataPurpose.DATA_EXPORT
                ? AuditType.PERSONAL_DATA_EXPORTED : AuditType.PERSONAL_DATA_VIEWED;
        audit.record(null, type, "member " + accessed.memberId(),
                Map.of("memberId", accessed.memberId(), "purpose", accessed.purpose().name()));
    }
}
