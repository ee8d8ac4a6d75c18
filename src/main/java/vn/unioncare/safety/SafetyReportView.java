package vn.unioncare.safety;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of a safety report as officers who may see its case read them on the case page.
 *
 * @param reportedBy the account that reported; null for an anonymous report
 * @param severity   set once the case is classified; null before
 */
public record SafetyReportView(String caseNumber, String workplaceUnionName, String employerName,
                               String employerTaxCode, String place, Instant occurredAt, String reportType,
                               int deaths, int seriouslyInjured, int lightlyInjured, String contractType,
                               String description, boolean authoritiesNotified, boolean anonymous,
                               String reportedBy, String severity, LocalDate investigationDue, Instant receivedAt,
                               Instant closedAt) {

    public boolean isAccident() {
        return "accident".equals(reportType);
    }
}
