package vn.unioncare.jobs;

import java.time.Instant;

/** A stored employer; {@code version} guards an edit against a colleague's edit in between. */
public record EmployerView(long id, String taxCode, String name, String address, String industrialPark,
                           String contactName, String contactPhone, String contactEmail, Instant createdAt,
                           long version) {

    public EmployerDraft toDraft() {
        return new EmployerDraft(taxCode, name, address, industrialPark, contactName, contactPhone, contactEmail);
    }
}
