package vn.unioncare.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.member.MemberFacts;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.MemberStatus;
import vn.unioncare.training.domain.CohortRows;
import vn.unioncare.training.domain.CohortRows.LockedCohort;
import vn.unioncare.training.domain.EnrollmentRows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seat ledger the {@code training-enrollment} process works with, one row per case. Every change to a cohort's
 * seats first locks the cohort's row ({@code select ... for update}) in the caller's transaction and only then
 * counts, so on H2 and PostgreSQL alike two requests never both get the last seat. Calls are idempotent by case
 * number, so a retried job gets the same answer. The process calls these methods without a signed-in user; the
 * waitlist, which names members, is for coordinators and trainers of the cohort.
 */
@Service
@Transactional
public class Seats {

    private static final Set<EnrollmentStatus> RELEASABLE = EnumSet.of(EnrollmentStatus.SEAT_HELD,
            EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);
    private static final Set<CohortStatus> PROMOTING = EnumSet.of(CohortStatus.OPEN, CohortStatus.RUNNING);

    private final CohortRows cohorts;
    private final EnrollmentRows enrollments;
    private final MemberService members;
    private final Coordinators coordinators;
    private final Clock clock;

    Seats(CohortRows cohorts, EnrollmentRows enrollments, MemberService members, Coordinators coordinators,
          Clock clock) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.members = members;
        this.coordinators = coordinators;
        this.clock = clock;
    }

    /** The facts of the enrollment decision; a missing member is inactive, a missing cohort closed. */
    @Transactional(readOnly = true)
    public EnrollmentFacts facts(long cohortId, long memberId) {
        boolean active = members.factsForProcess(memberId).map(MemberFacts::status)
                .map(MemberStatus.ACTIVE::equals).orElse(false);
        Optional<CohortView> cohort = cohorts.find(cohortId);
        boolean certified = cohort.map(c -> enrollments.certifiedInCourse(c.courseId(), memberId)).orElse(false);
        boolean open = cohort.map(c -> c.takesEnrollments(LocalDate.now(clock))).orElse(false);
        return new EnrollmentFacts(active, certified, open);
    }

    /** The member holds, waits for or has a seat in the cohort under a case other than this one. */
    @Transactional(readOnly = true)
    public boolean enrolledUnderAnotherCase(long cohortId, long memberId, String caseNumber) {
        return enrollments.activeElsewhere(cohortId, memberId, caseNumber);
    }

    /**
     * Holds a seat for the case if one is left, else puts it on the waitlist (higher priority first, then first come).
     * Asked again for the same case number it answers as the first time (a waitlist position as it stands now).
     *
     * @throws TrainingException 404 for an unknown cohort; 409 {@code training.error.wrongState} when the cohort
     *                           does not take enrollments; 409 {@code training.error.alreadyEnrolled} when the member
     *                           already holds, waits for or has a seat in it under another case
     */
    public SeatOutcome request(long cohortId, long memberId, String caseNumber, String processInstanceId,
                               int priority) {
        Optional<EnrollmentView> earlier = enrollments.find(caseNumber);
        if (earlier.isPresent()) {
            return outcome(earlier.get());
        }
        LockedCohort cohort = lock(cohortId);
        earlier = enrollments.find(caseNumber);
        if (earlier.isPresent()) {
            return outcome(earlier.get());
        }
        if (cohort.status() != CohortStatus.OPEN) {
            throw TrainingException.wrongState("cohort " + cohortId, cohort.status());
        }
        if (enrollments.activeElsewhere(cohortId, memberId, caseNumber)) {
            throw new TrainingException("training.error.alreadyEnrolled", 409,
                    "member " + memberId + " in cohort " + cohortId);
        }
        EnrollmentStatus status = enrollments.countTakingASeat(cohortId) < cohort.seats()
                ? EnrollmentStatus.SEAT_HELD : EnrollmentStatus.WAITLISTED;
        enrollments.insert(cohortId, memberId, caseNumber, processInstanceId, status, priority, clock.instant());
        return outcome(enrollments.find(caseNumber).orElseThrow());
    }

    /** SEAT_HELD becomes CONFIRMED; confirming again changes nothing. */
    public void confirm(String caseNumber) {
        move(caseNumber, EnrollmentStatus.SEAT_HELD, EnrollmentStatus.CONFIRMED);
    }

    /** The request is turned down: a held seat is freed without promoting anybody (the decision came first). */
    public void reject(String caseNumber) {
        EnrollmentView enrollment = existing(caseNumber);
        if (enrollment.status() == EnrollmentStatus.REJECTED) {
            return;
        }
        lock(enrollment.cohortId());
        enrollment = existing(caseNumber);
        if (enrollment.status() != EnrollmentStatus.SEAT_HELD && enrollment.status() != EnrollmentStatus.WAITLISTED) {
            throw TrainingException.wrongState("enrollment " + caseNumber, enrollment.status());
        }
        enrollments.setStatus(enrollment.id(), EnrollmentStatus.REJECTED, clock.instant());
    }

    /**
     * The member leaves: a held, confirmed or waitlisted enrollment becomes CANCELLED. If that freed a seat of a
     * cohort still open or running, the first waitlisted member gets it (SEAT_HELD) and is returned, for the process
     * to tell. Releasing again returns nothing.
     */
    public Optional<SeatOffer> release(String caseNumber) {
        EnrollmentView enrollment = existing(caseNumber);
        if (!RELEASABLE.contains(enrollment.status())) {
            return Optional.empty();
        }
        LockedCohort cohort = lock(enrollment.cohortId());
        enrollment = existing(caseNumber);
        if (!RELEASABLE.contains(enrollment.status())) {
            return Optional.empty();
        }
        enrollments.setStatus(enrollment.id(), EnrollmentStatus.CANCELLED, clock.instant());
        if (!enrollment.status().takesASeat() || !PROMOTING.contains(cohort.status())
                || enrollments.countTakingASeat(cohort.id()) >= cohort.seats()) {
            return Optional.empty();
        }
        return enrollments.firstWaitlisted(cohort.id()).map(next -> {
            enrollments.setStatus(next.id(), EnrollmentStatus.SEAT_HELD, clock.instant());
            return new SeatOffer(next.caseNumber(), next.processInstanceId(), next.memberId(), next.cohortId());
        });
    }

    /** The waitlist in order; for the cohort's trainer and the coordinators keeping it. */
    @Transactional(readOnly = true)
    public List<WaitlistEntry> waitlist(long cohortId) {
        CohortView cohort = cohorts.find(cohortId)
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("cohort " + cohortId));
        if (!coordinators.mayRecord(cohort)) {
            throw TrainingException.notFoundOrNoAccess("cohort " + cohortId);
        }
        return enrollments.waitlist(cohortId);
    }

    /** The enrollment of a case, for the process. */
    @Transactional(readOnly = true)
    public Optional<EnrollmentView> enrollment(String caseNumber) {
        return enrollments.find(caseNumber);
    }

    /** The course's outcome: a CONFIRMED enrollment becomes CERTIFIED or INCOMPLETE; the same again is a no-op. */
    public void markOutcome(String caseNumber, EnrollmentStatus outcome) {
        if (outcome != EnrollmentStatus.CERTIFIED && outcome != EnrollmentStatus.INCOMPLETE) {
            throw new IllegalArgumentException("an outcome is CERTIFIED or INCOMPLETE, not " + outcome);
        }
        move(caseNumber, EnrollmentStatus.CONFIRMED, outcome);
    }

    private void move(String caseNumber, EnrollmentStatus from, EnrollmentStatus to) {
        EnrollmentView enrollment = existing(caseNumber);
        if (enrollment.status() == to) {
            return;
        }
        if (enrollment.status() != from) {
            throw TrainingException.wrongState("enrollment " + caseNumber, enrollment.status());
        }
        enrollments.setStatus(enrollment.id(), to, clock.instant());
    }

    private SeatOutcome outcome(EnrollmentView enrollment) {
        return new SeatOutcome(enrollment.status(), enrollment.status() == EnrollmentStatus.WAITLISTED
                ? enrollments.waitlistPosition(enrollment) : 0);
    }

    private LockedCohort lock(long cohortId) {
        return cohorts.lock(cohortId).orElseThrow(() -> TrainingException.notFoundOrNoAccess("cohort " + cohortId));
    }

    private EnrollmentView existing(String caseNumber) {
        return enrollments.find(caseNumber)
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("enrollment " + caseNumber));
    }
}
