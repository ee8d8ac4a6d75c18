package vn.unioncare.organisation;

import java.time.LocalDate;

/** One period of a unit's parent; {@code validTo} is exclusive and null while current. */
public record ParentLinkView(long parentId, String parentCode, LocalDate validFrom, LocalDate validTo, String reason) {
}
