package vn.unioncare.training;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.AuditTrail;
import vn.unioncare.casework.AuditType;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.casework.CaseSummary;
import vn.unioncare.documents.DocumentStore;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UnionCareUser;
import vn.unioncare.training.domain.CertificateRows;
import vn.unioncare.training.domain.CertificateRows.CertificateRow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Certificates of completed digital-skills courses: issued once per training case with a verification code and a
 * PDF filed with the case, confirmed publicly by the code on {@code /verify/<code>}, revoked by training coordinators.
 */
@Service
@Transactional
public class Certificates {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_REASON = 1000;

    private final CertificateRows rows;
    private final CertificatePdf pdf;
    private final CertificateLetterhead letterhead;
    private final DocumentStore documents;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateRows rows, CertificatePdf pdf, CertificateLetterhead letterhead, DocumentStore documents,
                 CaseAccess caseAccess, AuditTrail audit, CurrentUser currentUser, Clock clock,
                 @Value("${unioncare.public-url:http://localhost:8080}") String publicUrl) {
        this.rows = rows;
        this.pdf = pdf;
        this.letterhead = letterhead;
        this.documents = documents;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Issues the certificate of a training case: a new verification code, the PDF filed with the case (owner
     * {@code case:<caseNumber>}) and the row the public page confirms. For process steps; idempotent by case number:
     * a retried job gets the certificate issued the first time, with the same code, and nothing new is stored.
     */
    public IssuedCertificate issue(CertificateRequest request) {
        Optional<CertificateRow> earlier = rows.byCase(request.caseNumber());
        if (earlier.isPresent()) {
            return issued(earlier.get());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, HANOI);
        String code = VerificationCodes.fresh(random, rows::codeTaken);
        byte[] content = pdf.render(request, letterhead.heading(request.organisingUnionName(), today), code,
                verifyUrl(code));
        StoredDocument stored = documents.storeGenerated(CaseAttachments.ownerKey(request.caseNumber()),
                "giay-chung-nhan-" + request.caseNumber() + ".pdf", "application/pdf", content,
                "training:certificate:" + request.caseNumber() + ":" + code);
        CertificateRow row = new CertificateRow(code, request.caseNumber(), request.memberId(), request.memberName(),
                request.courseTitle(), request.hours(), request.completedOn(), request.organisingUnionName(), now,
                stored.id(), null);
        rows.insert(row);
        return issued(row);
    }

    /**
     * What the certificate with this code says, for anyone who holds the code; empty for an unknown code and, without
     * a database look-up, for anything that cannot be a code. Typed forms are accepted (see {@link VerificationCodes}).
     */
    @Transactional(readOnly = true)
    public Optional<VerifiedCertificate> verify(String code) {
        return VerificationCodes.normalise(code).flatMap(rows::byCode).map(Certificates::verified);
    }

    /**
     * The certificate of a case. A signed-in user gets it only for a case they may see (the rule of
     * {@link CaseAccess}); process steps, which run without a user, always.
     */
    @Transactional(readOnly = true)
    public Optional<IssuedCertificate> forCase(String caseNumber) {
        if (caseNumber == null || currentUser.get().isPresent() && caseAccess.visible(caseNumber).isEmpty()) {
            return Optional.empty();
        }
        return rows.byCase(caseNumber).map(Certificates::issued);
    }

    /** Whether the member holds a valid (not revoked) certificate of the course, e.g. to refuse a second enrollment. */
    @Transactional(readOnly = true)
    public boolean holdsValid(long memberId, String courseTitle) {
        return rows.holdsValid(memberId, courseTitle);
    }

    /**
     * Revokes the certificate of a case, for training coordinators (and administrators) who may see the case: the
     * public page says "revoked" from now on. The reason is kept with the certificate and in the audit log. Revoking
     * a revoked certificate changes nothing. Refused with 404 {@code error.notFoundOrNoAccess} for anybody else or a
     * case without a certificate, 422 {@code training.certificate.reasonRequired} without a reason.
     */
    public void revoke(String caseNumber, String reason) {
        UnionCareUser user = currentUser.require();
        if (!user.isAdmin() && user.assignments().stream()
                .noneMatch(a -> a.role() == OfficerRole.TRAINING_COORDINATOR)) {
            throw new CertificateException("error.notFoundOrNoAccess", 404, "not a training coordinator");
        }
        CaseSummary visibleCase = caseAccess.require(caseNumber);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new CertificateException("training.certificate.reasonRequired", 422, "reason", MAX_REASON);
        }
        CertificateRow row = rows.byCase(caseNumber)
                .orElseThrow(() -> new CertificateException("error.notFoundOrNoAccess", 404, "no certificate"));
        if (rows.revoke(caseNumber, clock.instant(), user.getUsername(), why)) {
            audit.record(visibleCase.processInstanceId(), AuditType.CERTIFICATE_REVOKED,
                    VerificationCodes.display(row.verificationCode()), Map.of("reason", why));
        }
    }

    /** The address of the public page confirming a code, as the QR code on the certificate encodes it. */
    public String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    private static IssuedCertificate issued(CertificateRow row) {
        return new IssuedCertificate(row.verificationCode(), row.documentId(), row.caseNumber());
    }

    private static VerifiedCertificate verified(CertificateRow row) {
        return new VerifiedCertificate(row.verificationCode(), row.memberName(), row.courseTitle(), row.hours(),
                row.completedOn(), row.issuingUnion(), LocalDate.ofInstant(row.issuedAt(), HANOI),
                row.revokedAt() == null ? null : LocalDate.ofInstant(row.revokedAt(), HANOI));
    }
}
