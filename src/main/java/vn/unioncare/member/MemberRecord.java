package vn.unioncare.member;

import java.time.LocalDate;

/** A member's own record, the only place the full national ID number is shown. */
public record MemberRecord(long id, String cardNumber, String fullName, LocalDate dateOfBirth, Gender gender,
                           String phone, String nationalId, long orgUnitId, LocalDate joinDate, MemberStatus status) {
}
