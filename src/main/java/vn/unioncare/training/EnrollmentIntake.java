package vn.unioncare.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.member.MemberFacts;
import vn.unioncare.member.MemberService;
import vn.unioncare.member.MemberStatus;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccountContacts;
import vn.unioncare.security.OfficerRole;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The first step of every enrollment, however it started (a member, a nominating officer, a job referral): the case
 * is filed with the member's union, the facts of {@code enrollment-decision} are gathered and, for an eligible member,
 * a seat is held or a waitlist place taken at once, so that the seat count stays exact when many enroll together.
 */
@Service
@Transactional
public class EnrollmentIntake {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TrainingCatalogue catalogue;
    private final Seats seats;
    private final MemberService members;
    private final OrganisationService organisation;
    private final AccountContacts accounts;
    private final CaseRecords records;
    private final Clock clock;

    EnrollmentIntake(TrainingCatalogue catalogue, Seats seats, MemberService members, OrganisationService organisation,
                     AccountContacts accounts, CaseRecords records, Clock clock) {
        this.catalogue = catalogue;
        this.seats = seats;
        this.members = members;
        this.organisation = organisation;
        this.accounts = accounts;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The facts for the decision table; a cohort that does not exist (an id typed rather than picked) is one that
     * takes no enrollments, so the case is refused like one for a closed cohort.
     */
    public EnrollmentCheck check(EnrollmentRequest request) {
        MemberFacts member = members.factsForProcess(request.memberId())
                .orElseThrow(() -> new IllegalStateException("no member " + request.memberId()));
        records.assignUnion(request.processInstanceId(), member.orgUnitId());
        String memberUsername = accounts.usernameOfMember(member.id()).orElse(null);
        boolean nominated = request.requestedBy() != null && !request.requestedBy().equals(memberUsername);
        Optional<CohortView> found = catalogue.cohort(request.cohortId());
        if (found.isEmpty()) {
            return new EnrollmentCheck(member.status() == MemberStatus.ACTIVE, false, false, false, false, 0,
                    nominated, grassrootsChairs(member.orgUnitId()), null, memberUsername, member.fullName(),
                    "#" + request.cohortId(), clock.instant());
        }
        CohortView cohort = found.get();

        EnrollmentFacts facts = seats.facts(cohort.id(), member.id());
        boolean duplicate = seats.enrolledUnderAnotherCase(cohort.id(), member.id(), request.caseNumber());
        SeatOutcome seat = facts.memberActive() && !facts.alreadyCertified() && !duplicate && facts.cohortOpen()
                ? seats.request(cohort.id(), member.id(), request.caseNumber(), request.processInstanceId(),
                request.priority(nominated))
                : new SeatOutcome(null, 0);

        return new EnrollmentCheck(facts.memberActive(), facts.alreadyCertified(), duplicate, facts.cohortOpen(),
                seat.status() == EnrollmentStatus.SEAT_HELD, seat.waitlistPosition(), nominated,
                grassrootsChairs(member.orgUnitId()), cohort.trainerUsername(), memberUsername, member.fullName(),
                CohortLabels.of(cohort), cohort.enrollmentDeadline().atTime(LocalTime.MAX).atZone(HANOI).toInstant());
    }

    private String grassrootsChairs(long unitId) {
        long grassroots = organisation.levelsAsOf(unitId, LocalDate.now(clock)).grassrootsUnitId();
        return organisation.getById(grassroots).code() + ":" + OfficerRole.CHAIR.groupPart();
    }
}
