package vn.unioncare.safety;

import java.time.Instant;

/**
 * A safety report as submitted, whichever way it came in (the portal, the public page, the API, Cockpit).
 *
 * @param workplaceUnionCode the code of the grassroots union of the workplace
 * @param reportType         {@code hazard}, {@code near-miss} or {@code accident}
 * @param contractType       {@code labour-contract} or {@code none} (workers without a labour contract)
 */
public record IncidentReport(String workplaceUnionCode, String employerName, String employerTaxCode, String place,
                             Instant occurredAt, String reportType, int deaths, int seriouslyInjured,
                             int lightlyInjured, String contractType, String description,
                             boolean authoritiesNotified) {

    public boolean isAccident() {
        return "accident".equals(reportType);
    }
}
