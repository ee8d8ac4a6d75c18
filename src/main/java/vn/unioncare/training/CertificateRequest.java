package vn.unioncare.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate of a completed course says and for which training case it is issued.
 *
 * @param organisingUnionName the union that organised the course and issues the certificate, as its Vietnamese name
 *                            (e.g. {@code OrgUnitView.nameVi()})
 * @param signerName          the name printed under the signature, e.g. the organising union's chair
 */
public record CertificateRequest(String caseNumber, long memberId, String memberName, String courseTitle, int hours,
                                 LocalDate completedOn, String organisingUnionName, String signerName) {

    public CertificateRequest {
        requireText(caseNumber, "caseNumber", 40);
        requireText(memberName, "memberName", 200);
        requireText(courseTitle, "courseTitle", 300);
        requireText(organisingUnionName, "organisingUnionName", 300);
        requireText(signerName, "signerName", 200);
        Objects.requireNonNull(completedOn, "completedOn");
        if (hours < 1) {
            throw new IllegalArgumentException("hours must be positive: " + hours);
        }
    }

    private static void requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is required, at most " + maxLength + " characters");
        }
    }
}
