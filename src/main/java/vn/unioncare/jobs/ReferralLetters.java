package vn.unioncare.jobs;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAttachments;
import vn.unioncare.common.VndFormat;
import vn.unioncare.documents.AdministrativeLetter;
import vn.unioncare.documents.AdministrativeLetters;
import vn.unioncare.documents.Signer;
import vn.unioncare.documents.StoredDocument;
import vn.unioncare.documents.UnionLetterheads;
import vn.unioncare.jobs.domain.EmployerRows;
import vn.unioncare.jobs.domain.JobReferralRows;
import vn.unioncare.jobs.domain.JobReferralRows.Referral;
import vn.unioncare.jobs.domain.PlacementRows;
import vn.unioncare.jobs.domain.VacancyRows;
import vn.unioncare.member.MemberFacts;
import vn.unioncare.member.MemberService;
import vn.unioncare.notification.Happening;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.notification.Notifier;
import vn.unioncare.notification.OutsideMail;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccountContacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The referral letter (Giấy giới thiệu) for one chosen vacancy, issued by the union that counsels the member and
 * filed with the case; the member is told. The employer receives the member's profile by e-mail only when the member
 * consented; otherwise UnionCare sends the employer nothing, and the letter, which the member hands over in person,
 * names the member and the vacancy and nothing of the profile. A retried step issues, tells and sends nothing twice.
 */
@Service
@Transactional
public class ReferralLetters {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JobReferralCasework casework;
    private final JobReferralRows referrals;
    private final PlacementRows placements;
    private final VacancyRows vacancies;
    private final EmployerRows employers;
    private final MemberService members;
    private final OrganisationService organisation;
    private final UnionLetterheads letterheads;
    private final AdministrativeLetters letters;
    private final CaseAttachments attachments;
    private final Notifier notifier;
    private final OutsideMail mail;
    private final AccountContacts contacts;
    private final MessageSource messages;
    private final Clock clock;

    ReferralLetters(JobReferralCasework casework, JobReferralRows referrals, PlacementRows placements,
                    VacancyRows vacancies, EmployerRows employers, MemberService members,
                    OrganisationService organisation, UnionLetterheads letterheads, AdministrativeLetters letters,
                    CaseAttachments attachments, Notifier notifier, OutsideMail mail, AccountContacts contacts,
                    MessageSource messages, Clock clock) {
        this.casework = casework;
        this.referrals = referrals;
        this.placements = placements;
        this.vacancies = vacancies;
        this.employers = employers;
        this.members = members;
        this.organisation = organisation;
        this.letterheads = letterheads;
        this.letters = letters;
        this.attachments = attachments;
        this.notifier = notifier;
        this.mail = mail;
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
    }

    /** Refers the member of the case to the vacancy in referral round {@code round}. */
    public void refer(String caseNumber, long vacancyId, int round) {
        Referral referral = casework.require(caseNumber);
        VacancyView vacancy = vacancies.find(vacancyId)
                .orElseThrow(() -> new IllegalStateException("No vacancy " + vacancyId + " for case " + caseNumber));
        EmployerView employer = employers.find(vacancy.employerId()).orElseThrow();
        MemberFacts member = members.factsForProcess(referral.memberId()).orElseThrow();
        placements.insertIfAbsent(referral.id(), vacancyId, round, clock.instant());
        PlacementView placement = placements.find(referral.id(), vacancyId).orElseThrow();
        if (placement.letterDocumentId() == null) {
            StoredDocument letter = issueLetter(referral, member, vacancy, employer);
            placements.letterIssued(referral.id(), vacancyId, letter.id());
            contacts.usernameOfMember(member.id()).ifPresent(username -> notifier.notify(Happening.aboutCase(
                    NotificationKind.JOB_REFERRAL_LETTER, caseNumber, vacancy.title(), employer.name()),
                    List.of(username)));
        }
        if (referral.consent() && !placement.profileSent() && sendProfile(referral, member, vacancy, employer)) {
            placements.profileSent(referral.id(), vacancyId);
        }
        if (referral.status() == JobReferralStatus.COUNSELLING) {
            referrals.status(referral.id(), JobReferralStatus.REFERRED);
        }
    }

    private StoredDocument issueLetter(Referral referral, MemberFacts member, VacancyView vacancy,
                                       EmployerView employer) {
        OrgUnitView issuer = organisation.getById(referral.counsellingUnitId());
        OrgUnitView grassroots = organisation.getById(referral.orgUnitId());
        LocalDate today = LocalDate.now(clock);
        AdministrativeLetter letter = new AdministrativeLetter(letterheads.heading(issuer, "GGT", today),
                "Giấy giới thiệu", "Về việc giới thiệu đoàn viên ứng tuyển việc làm", null, List.of(), null,
                List.of("Kính gửi: " + employer.name() + ".",
                        issuer.nameVi() + " trân trọng giới thiệu đoàn viên " + member.fullName() + ", "
                                + grassroots.nameVi() + ", đến liên hệ với Quý doanh nghiệp để ứng tuyển vị trí \""
                                + vacancy.title() + "\" (" + vacancy.occupationName() + ").",
                        "Đề nghị Quý doanh nghiệp tạo điều kiện để đoàn viên được phỏng vấn và cho "
                                + issuer.nameVi() + " biết kết quả (hồ sơ " + referral.caseNumber() + ").",
                        "Giấy giới thiệu có giá trị đến hết ngày " + DATE.format(vacancy.closingDate()) + "."),
                List.of("Như trên;", "Đoàn viên " + member.fullName() + ";", "Lưu: VT."),
                new Signer("TM. Ban Chấp hành", "Chủ tịch", letterheads.signatureName(null)));
        return attachments.fileGenerated(referral.caseNumber(), referral.processInstanceId(),
                "giay-gioi-thieu-" + referral.caseNumber() + "-" + vacancy.id() + ".pdf", letters.render(letter),
                "job-referral:" + referral.caseNumber() + ":letter:" + vacancy.id());
    }

    private boolean sendProfile(Referral referral, MemberFacts member, VacancyView vacancy, EmployerView employer) {
        String subject = text("jobs.referral.employerMail.subject", vacancy.title(), member.fullName());
        String body = text("jobs.referral.employerMail.body",
                employer.contactName() == null ? employer.name() : employer.contactName(),
                organisation.getById(referral.counsellingUnitId()).nameVi(), member.fullName(), vacancy.title(),
                referral.trade(), referral.skills() == null ? "–" : referral.skills(), referral.desiredOccupation(),
                referral.location(), referral.expectedSalary() == null ? "–"
                        : VndFormat.digits(referral.expectedSalary()),
                referral.availableFrom() == null ? "–" : DATE.format(referral.availableFrom()),
                referral.caseNumber());
        return mail.send("job-referral:" + referral.caseNumber() + ":profile:" + vacancy.id(),
                "employer:" + employer.taxCode(), employer.contactEmail(), subject, body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
