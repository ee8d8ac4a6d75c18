package vn.unioncare.training;

/**
 * A certificate as issued: its verification code (12 characters, see {@link VerificationCodes}), the PDF filed with
 * the case ({@code documents.DocumentStore}, owner {@code case:<caseNumber>}) and the case it belongs to.
 */
public record IssuedCertificate(String verificationCode, long documentId, String caseNumber) {
}
