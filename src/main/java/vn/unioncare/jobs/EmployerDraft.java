package vn.unioncare.jobs;

/** An employer as an officer enters it; {@code taxCode} is the enterprise code (10 digits, a branch adds -NNN). */
public record EmployerDraft(String taxCode, String name, String address, String industrialPark, String contactName,
                            String contactPhone, String contactEmail) {
}
