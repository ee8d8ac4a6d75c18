package vn.unioncare.training;

import java.time.LocalDate;

/**
 * What the public verification of a code confirms, and nothing more about the holder: name, course, hours, dates and
 * the issuing union. {@code revokedOn} is null while the certificate is valid.
 */
public record VerifiedCertificate(String verificationCode, String holderName, String courseTitle, int hours,
                                  LocalDate completedOn, String issuingUnion, LocalDate issuedOn,
                                  LocalDate revokedOn) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
