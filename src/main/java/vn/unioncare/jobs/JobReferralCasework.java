package vn.unioncare.jobs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.jobs.domain.JobReferralRows;
import vn.unioncare.jobs.domain.JobReferralRows.NewReferral;
import vn.unioncare.jobs.domain.JobReferralRows.Referral;
import vn.unioncare.jobs.domain.PlacementRows;
import vn.unioncare.jobs.domain.VacancyRows;
import vn.unioncare.member.MemberFacts;
import vn.unioncare.member.MemberService;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.organisation.UnionLevels;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.PersonalDataCipher;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the job-referral process does to its referrals, step by step; the process delegates call it. Runs in the
 * engine's transaction, so a step and what it records commit or roll back together.
 */
@Service
@Transactional
public class JobReferralCasework {

    private final JobReferralRows referrals;
    private final PlacementRows placements;
    private final VacancyRows vacancies;
    private final MemberService members;
    private final OrganisationService organisation;
    private final PersonalDataCipher cipher;
    private final Notifier notifier;
    private final Clock clock;

    JobReferralCasework(JobReferralRows referrals, PlacementRows placements, VacancyRows vacancies,
                        MemberService members, OrganisationService organisation, PersonalDataCipher cipher,
                        Notifier notifier, Clock clock) {
        this.referrals = referrals;
        this.placements = placements;
        this.vacancies = vacancies;
        this.members = members;
        this.organisation = organisation;
        this.cipher = cipher;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Records the profile with the member's grassroots union and the union directly above it as of today (the city
     * where there is none) and returns the candidate group that counsels: that union's job counsellors. Idempotent:
     * a retried start finds the referral it recorded.
     */
    public String intake(String caseNumber, String processInstanceId, JobSeekerIntake profile) {
        Referral existing = referrals.find(caseNumber).orElse(null);
        if (existing != null) {
            return counsellors(existing.counsellingUnitId());
        }
        MemberFacts member = members.factsForProcess(profile.memberId())
                .orElseThrow(() -> new JobsException("jobs.referral.error.memberRequired", 400, caseNumber));
        UnionLevels levels = organisation.levelsAsOf(member.orgUnitId(), LocalDate.now(clock));
        Long superior = levels.directSuperiorUnitId() != null ? levels.directSuperiorUnitId() : levels.cityUnitId();
        if (superior == null) {
            throw new JobsException("jobs.referral.error.noSuperiorUnion", 400, caseNumber);
        }
        referrals.insert(new NewReferral(caseNumber, processInstanceId, member.id(), levels.grassrootsUnitId(),
                superior, profile.employmentStatus(), encrypt(profile.reasonForLeaving()), profile.uiStatus(),
                profile.trade(), blankToNull(profile.skills()), profile.desiredOccupation(), profile.location(),
                profile.expectedSalary(), profile.availableFrom(), profile.digitalSkills(), profile.consent()),
                clock.instant());
        return counsellors(superior);
    }

    /**
     * Counselling not done in time goes to the city federation's job counsellors, who are told; returns their
     * candidate group. A referral already at the city stays there.
     */
    public String escalateToCity(String caseNumber) {
        Referral referral = require(caseNumber);
        Long city = organisation.levelsAsOf(referral.orgUnitId(), referral.createdAt().atZone(clock.getZone())
                .toLocalDate()).cityUnitId();
        long target = city == null ? referral.counsellingUnitId() : city;
        referrals.counselledBy(referral.id(), target);
        String group = counsellors(target);
        notifier.notifyGroups(Happening.aboutCase(NotificationKind.CASE_ESCALATED, caseNumber,
                organisation.getById(target).nameVi()), List.of(group));
        return group;
    }

    public void recordChannel(String caseNumber, String channel) {
        referrals.channel(require(caseNumber).id(), channel);
    }

    /** The referral moves on to the course offered through the training process. */
    public void sentToTraining(String caseNumber) {
        referrals.status(require(caseNumber).id(), JobReferralStatus.TRAINING);
    }

    /**
     * The employers' answer to the last round of letters: who interviewed the member and which vacancy, if any,
     * hired them from when; a hire takes a seat of the vacancy. Returns the hiring employer's name (the vacancy's,
     * or {@code hiredBy} for a job found otherwise, e.g. at a job fair), null when not hired.
     */
    public String recordAnswer(String caseNumber, Collection<Long> interviewed, Long hiredVacancyId, String hiredBy,
                               LocalDate startDate) {
        Referral referral = require(caseNumber);
        placements.answer(referral.id(), interviewed, hiredVacancyId, startDate, clock.instant());
        if (hiredVacancyId == null && (hiredBy == null || hiredBy.isBlank())) {
            referrals.status(referral.id(), JobReferralStatus.COUNSELLING);
            return null;
        }
        String employer = hiredVacancyId == null ? hiredBy.strip()
                : vacancies.find(hiredVacancyId).map(VacancyView::employerName).orElse(hiredBy);
        if (hiredVacancyId != null) {
            vacancies.fillSeat(hiredVacancyId);
        }
        referrals.hired(referral.id(), employer, startDate);
        return employer;
    }

    /** The answer of the check-in {@code day} (30 or 90) days after the member started work. */
    public void recordCheckIn(String caseNumber, int day, boolean stillEmployed) {
        placements.checkedIn(require(caseNumber).id(), day, stillEmployed);
    }

    public void close(String caseNumber) {
        referrals.find(caseNumber).ifPresent(referral -> referrals.close(referral.id(), clock.instant()));
    }

    private String counsellors(long unitId) {
        OrgUnitView unit = organisation.getById(unitId);
        return new CandidateGroup(unit.code(), OfficerRole.JOB_COUNSELLOR).id();
    }

    Referral require(String caseNumber) {
        return referrals.find(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No job referral for case " + caseNumber));
    }

    private String encrypt(String plain) {
        return plain == null || plain.isBlank() ? null : cipher.encrypt(plain.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
