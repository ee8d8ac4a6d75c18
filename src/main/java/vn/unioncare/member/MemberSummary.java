package vn.unioncare.member;

import java.time.LocalDate;

/** A member as lists show them: the national ID only masked. */
public record MemberSummary(long id, String cardNumber, String fullName, LocalDate dateOfBirth, Gender gender,
                            String phone, String maskedNationalId, long orgUnitId, MemberStatus status) {
}
