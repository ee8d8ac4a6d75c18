package vn.unioncare.casework;

/**
 * What the administrator's audit log shows: one type, or all ({@code null}); actor and case number as prefixes,
 * blank for all.
 */
public record AuditFilter(AuditType type, String actor, String caseNumber) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null);
    }
}
