package vn.unioncare.hardship;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.common.VndFormat;
import vn.unioncare.hardship.domain.HardshipHistoryQuery;
import vn.unioncare.hardship.domain.HardshipRequest;
import vn.unioncare.hardship.domain.HardshipRequestRepository;
import vn.unioncare.hardship.domain.UnionChain;
import vn.unioncare.member.MemberFacts;
import vn.unioncare.member.MemberService;
import vn.unioncare.notification.NotificationKind;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.organisation.UnionLevels;
import vn.unioncare.security.CandidateGroup;
import vn.unioncare.security.PersonalDataCipher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the hardship process does to its requests, step by step; the process delegates call it. Runs in the
 * engine's transaction, so a step and its effects (ledger postings, notifications) commit or roll back together.
 */
@Service
@Transactional
public class HardshipCasework {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Parallel requests named in the warning to the reviewer; more are summed up as "…". */
    static final int PARALLEL_REQUESTS_NAMED = 10;

    private final HardshipRequestRepository requests;
    private final HardshipHistoryQuery history;
    private final MemberService members;
    private final OrganisationService organisation;
    private final PersonalDataCipher cipher;
    private final Funds funds;
    private final HardshipNotices notices;
    private final Clock clock;

    public HardshipCasework(HardshipRequestRepository requests, HardshipHistoryQuery history, MemberService members,
                            OrganisationService organisation, PersonalDataCipher cipher, Funds funds,
                            HardshipNotices notices, Clock clock) {
        this.requests = requests;
        this.history = history;
        this.members = members;
        this.organisation = organisation;
        this.cipher = cipher;
        this.funds = funds;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Records a new request with the union chain of its member as of the start date. Idempotent: a retried start
     * finds the request it recorded.
     */
    public void intake(String caseNumber, String processInstanceId, IntakeData data) {
        if (requests.findByCaseNumber(caseNumber).isPresent()) {
            return;
        }
        MemberFacts member = members.factsForProcess(data.memberId())
                .orElseThrow(() -> new HardshipException("hardship.error.memberRequired", 400, caseNumber));
        SupportType.of(data.supportType())
                .orElseThrow(() -> new HardshipException("hardship.error.unknownSupportType", 400, data.supportType()));
        HardshipRequest request = new HardshipRequest(caseNumber, processInstanceId, member.id(), data.supportType(),
                data.amountRequested(), data.estimatedLoss(), data.paymentMethod(), data.requestedBy(),
                chainOf(member.orgUnitId(), data.startedOn()), clock.instant());
        request.protect(encrypt(data.circumstances()), blankToNull(data.bankName()), encrypt(data.bankAccount()));
        requests.save(request);
    }

    public EligibilityFacts eligibilityFacts(String caseNumber) {
        HardshipRequest request = require(caseNumber);
        MemberFacts member = members.factsForProcess(request.getMemberId()).orElseThrow();
        Instant yearAgo = clock.instant().minus(365, ChronoUnit.DAYS);
        int grants = history.grantsSince(member.id(), request.getSupportType(), yearAgo, caseNumber);
        // a few names are a warning; hundreds (a client repeating a request) would overflow the process variable
        List<HardshipHistoryQuery.ParallelRequest> parallel = history.parallelRequests(member.id(),
                request.getSupportType(), yearAgo, caseNumber, PARALLEL_REQUESTS_NAMED + 1);
        String warning = parallel.isEmpty() ? null : parallel.stream().limit(PARALLEL_REQUESTS_NAMED)
                .map(p -> p.caseNumber() + " (" + p.unionName() + ")").collect(Collectors.joining("; "))
                + (parallel.size() > PARALLEL_REQUESTS_NAMED ? "; …" : "");
        return new EligibilityFacts(member.status().name(), grants, warning);
    }

    public void recordReview(String caseNumber, long proposedAmount, String reviewNotes) {
        require(caseNumber).recordReview(proposedAmount, encrypt(reviewNotes));
    }

    public void recordApprovalRule(String caseNumber, OrgLevel level, long cap) {
        require(caseNumber).recordApprovalRule(level.name(), cap);
    }

    /** Where a step goes at a level, by the chain fixed when the case started. */
    @Transactional(readOnly = true)
    public Route route(String caseNumber, RoutingStep step, OrgLevel level) {
        UnionChain chain = require(caseNumber).chain();
        OrgLevel acting = chain.unitAt(level).isPresent() ? level : OrgLevel.GRASSROOTS;
        OrgUnitView unit = organisation.getById(chain.unitAt(acting).orElseThrow());
        return new Route(unit.level(), unit.id(), unit.code(), unit.nameVi(),
                new CandidateGroup(unit.code(), step.roleAt(unit.level())).id());
    }

    /** The route one level up, telling its officers; empty at the top. */
    public Optional<Route> escalate(String caseNumber, RoutingStep step, OrgLevel current) {
        Optional<Route> above = require(caseNumber).chain().above(current).map(level -> route(caseNumber, step, level));
        above.ifPresent(route -> notices.toGroup(route.candidateGroup(), NotificationKind.CASE_ESCALATED, caseNumber,
                route.unitName()));
        return above;
    }

    /**
     * Commits the approved amount against the fund of the union that pays at this level for the current year. Not
     * enough there: the union above may pay; not enough at the top: the fund must be topped up. {@code attempt}
     * names this visit of the fund check: a retried job repeats the same attempt (and posts nothing twice), while
     * a check after a top-up is a new attempt, which the ledger answers afresh.
     */
    public FundOutcome commitFund(String caseNumber, OrgLevel payingLevel, long amount, String approvedBy,
                                  String attempt) {
        HardshipRequest request = require(caseNumber);
        Route payer = route(caseNumber, RoutingStep.PAYMENT, payingLevel);
        int year = LocalDate.now(clock.withZone(HANOI)).getYear();
        if (!funds.commit(caseNumber + ":commit:" + attempt, payer.unitId(), year, amount, caseNumber)) {
            return request.chain().above(payer.level()).isPresent() ? FundOutcome.ROUTE_UP : FundOutcome.EXHAUSTED;
        }
        request.approve(amount, payer.unitId(), approvedBy, clock.instant());
        notices.toRequester(request.getMemberId(), request.getRequestedBy(), NotificationKind.REQUEST_APPROVED,
                caseNumber, VndFormat.digits(amount));
        return FundOutcome.COMMITTED;
    }

    public void recordPayment(String caseNumber, String method, String reference) {
        HardshipRequest request = require(caseNumber);
        if (request.getOutcome() == HardshipOutcome.PAID) {
            return;
        }
        funds.pay(caseNumber + ":pay", request.getPayingUnitId(), yearOf(request.getDecidedAt()),
                request.getApprovedAmount(), caseNumber);
        request.pay(method, reference, clock.instant());
        notices.toRequester(request.getMemberId(), request.getRequestedBy(), NotificationKind.REQUEST_PAID, caseNumber,
                VndFormat.digits(request.getApprovedAmount()), reference);
    }

    public void reject(String caseNumber, String reason, String decidedBy) {
        HardshipRequest request = require(caseNumber);
        releaseCommitment(request);
        request.reject(reason, decidedBy, clock.instant());
        notices.toRequester(request.getMemberId(), request.getRequestedBy(), NotificationKind.REQUEST_REJECTED,
                caseNumber, reason);
    }

    public void withdraw(String caseNumber) {
        HardshipRequest request = require(caseNumber);
        releaseCommitment(request);
        request.withdraw(clock.instant());
        notices.toRequester(request.getMemberId(), request.getRequestedBy(), NotificationKind.REQUEST_WITHDRAWN,
                caseNumber);
    }

    /** When a case ends without payment (e.g. cancelled in Cockpit), its commitment goes back to the fund. */
    public void closeUnpaid(String caseNumber) {
        requests.findByCaseNumber(caseNumber).filter(r -> r.getOutcome() == HardshipOutcome.APPROVED)
                .ifPresent(request -> {
                    releaseCommitment(request);
                    request.withdraw(clock.instant());
                });
    }

    private void releaseCommitment(HardshipRequest request) {
        if (request.getOutcome() == HardshipOutcome.APPROVED) {
            funds.release(request.getCaseNumber() + ":release", request.getPayingUnitId(),
                    yearOf(request.getDecidedAt()), request.getApprovedAmount(), request.getCaseNumber());
        }
    }

    private UnionChain chainOf(long memberUnitId, LocalDate asOf) {
        UnionLevels levels = organisation.levelsAsOf(memberUnitId, asOf);
        return new UnionChain(levels.grassrootsUnitId(), levels.directSuperiorUnitId(), levels.cityUnitId());
    }

    private int yearOf(Instant instant) {
        return instant.atZone(HANOI).getYear();
    }

    private HardshipRequest require(String caseNumber) {
        return requests.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No hardship request for case " + caseNumber));
    }

    private String encrypt(String plain) {
        return plain == null || plain.isBlank() ? null : cipher.encrypt(plain.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
