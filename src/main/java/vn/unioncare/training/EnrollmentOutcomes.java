package vn.unioncare.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.documents.UnionLetterheads;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccountContacts;
import vn.unioncare.security.OfficerRole;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How enrollments end or move on, for the process steps: a seat given back (and offered to the first waitlisted
 * member, whose process is told), a refusal, a waitlist place, withdrawal, an incomplete course, a certificate. Each
 * step records the ledger and tells the member; repeated by a retried job it changes and sends nothing twice.
 */
@Service
@Transactional
public class EnrollmentOutcomes {

    private final Seats seats;
    private final TrainingCatalogue catalogue;
    private final EnrollmentLookup lookup;
    private final Certificates certificates;
    private final EnrollmentNotices notices;
    private final EnrollmentMessages messages;
    private final OrganisationService organisation;
    private final AccountContacts accounts;
    private final UnionLetterheads letterheads;
    private final Clock clock;

    EnrollmentOutcomes(Seats seats, TrainingCatalogue catalogue, EnrollmentLookup lookup, Certificates certificates,
                       EnrollmentNotices notices, EnrollmentMessages messages, OrganisationService organisation,
                       AccountContacts accounts, UnionLetterheads letterheads, Clock clock) {
        this.seats = seats;
        this.catalogue = catalogue;
        this.lookup = lookup;
        this.certificates = certificates;
        this.notices = notices;
        this.messages = messages;
        this.organisation = organisation;
        this.accounts = accounts;
        this.letterheads = letterheads;
        this.clock = clock;
    }

    /** The member leaves the cohort or its waitlist; a freed seat goes to the first waitlisted member. */
    public void release(String caseNumber) {
        EnrollmentView enrollment = lookup.enrollment(caseNumber);
        seats.release(caseNumber).ifPresent(offer -> messages.send(EnrollmentMessages.SEAT_OFFERED,
                offer.processInstanceId(), Map.of()));
        tell(enrollment, NotificationKind.TRAINING_ENDED, label(enrollment));
    }

    /**
     * Not enrolled, for the decision table's {@code reason}; a seat or waitlist place the intake took is given up
     * (an ineligible member never took one).
     */
    public void reject(String caseNumber, long cohortId, long memberId, String reason) {
        if (seats.enrollment(caseNumber).isPresent()) {
            seats.reject(caseNumber);
        }
        notices.tell(caseNumber, memberId, NotificationKind.TRAINING_NOT_ENROLLED,
                catalogue.cohort(cohortId).map(CohortLabels::of).orElse(String.valueOf(cohortId)), reason);
    }

    /** On the waitlist at {@code place} (as the intake found it). */
    public void waitlisted(String caseNumber, int place) {
        EnrollmentView enrollment = lookup.enrollment(caseNumber);
        CohortView cohort = lookup.cohort(enrollment);
        tell(enrollment, NotificationKind.TRAINING_WAITLISTED, CohortLabels.of(cohort), String.valueOf(place),
                CohortLabels.DAY.format(cohort.enrollmentDeadline()));
    }

    /** The trainer withdrew the member for absences. */
    public void withdraw(String caseNumber) {
        release(caseNumber);
    }

    public void incomplete(String caseNumber, String reason) {
        EnrollmentView enrollment = lookup.enrollment(caseNumber);
        seats.markOutcome(caseNumber, EnrollmentStatus.INCOMPLETE);
        tell(enrollment, NotificationKind.TRAINING_NOT_COMPLETED, label(enrollment), reason);
    }

    /** Certified: the certificate (issued once per case) is filed with the case and the member hears its code. */
    public IssuedCertificate certify(String caseNumber, String memberName) {
        EnrollmentView enrollment = lookup.enrollment(caseNumber);
        CohortView cohort = lookup.cohort(enrollment);
        OrgUnitView organiser = organisation.getById(cohort.orgUnitId());
        LocalDate completedOn = cohort.lastSession() == null ? LocalDate.now(clock) : cohort.lastSession();
        IssuedCertificate certificate = certificates.issue(new CertificateRequest(caseNumber, enrollment.memberId(),
                memberName, cohort.courseTitle(), cohort.hours(), completedOn, organiser.nameVi(), signer(organiser)));
        seats.markOutcome(caseNumber, EnrollmentStatus.CERTIFIED);
        tell(enrollment, NotificationKind.TRAINING_CERTIFIED, CohortLabels.of(cohort),
                certificate.verificationCode());
        return certificate;
    }

    private String signer(OrgUnitView organiser) {
        return letterheads.signatureName(accounts.usernamesInGroups(
                List.of(organiser.code() + ":" + OfficerRole.CHAIR.groupPart())).stream().sorted().findFirst()
                .orElse(null));
    }


    private void tell(EnrollmentView enrollment, NotificationKind kind, String... details) {
        notices.tell(enrollment.caseNumber(), enrollment.memberId(), kind, details);
    }

    private String label(EnrollmentView enrollment) {
        return CohortLabels.of(lookup.cohort(enrollment));
    }
}
