package vn.unioncare.safety;

import java.time.Instant;

/**
 * One report in the register, for an officer who may see its case: {@code reportedBy} is null for an anonymous report.
 */
public record RegisterRow(String caseNumber, Instant occurredAt, String workplaceUnion, String employerName,
                          String employerTaxCode, String place, String reportType, String severity, int deaths,
                          int seriouslyInjured, int lightlyInjured, String outcome, String reportedBy,
                          String description) {
}
