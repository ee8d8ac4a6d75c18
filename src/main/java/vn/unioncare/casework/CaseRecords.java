package vn.unioncare.casework;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.domain.CaseFile;
import vn.unioncare.casework.domain.CaseFileRepository;
import vn.unioncare.casework.domain.CaseNumberCounter;
import vn.unioncare.member.MemberFacts;
import vn.unioncare.member.MemberService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Case files and their numbers. A case file is opened by the process itself when an instance starts (see
 * {@code casework.process}), so the member portal, an officer, Cockpit and the REST API all produce the same record.
 */
@Service
@Transactional(readOnly = true)
public class CaseRecords {

    /** Process variables that carry routing facts into the case file. */
    public static final String MEMBER_ID = "memberId";
    public static final String ORG_UNIT_ID = "orgUnitId";
    /** The code of the member's union, for candidate groups such as {@code ${unionCode}:chair}. */
    public static final String UNION_CODE = "unionCode";
    public static final String CASE_NUMBER = "caseNumber";

    private final CaseFileRepository cases;
    private final CaseNumberCounter numbers;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final MemberService members;

    public CaseRecords(CaseFileRepository cases, CaseNumberCounter numbers, Clock clock,
                       ApplicationEventPublisher events, AuditTrail audit, MemberService members) {
        this.members = members;
        this.cases = cases;
        this.numbers = numbers;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Opens the case file of a starting instance. Without a union the case belongs to its member's union, so that a
     * start from Cockpit or REST naming only the member lands in the same scope as one from the portal.
     */
    @Transactional
    public CaseSummary open(String prefix, String processKey, String processInstanceId, Long memberId, Long orgUnitId,
                            String startedBy) {
        if (orgUnitId == null && memberId != null) {
            orgUnitId = members.factsForProcess(memberId).map(MemberFacts::orgUnitId).orElse(null);
        }
        String caseNumber = numbers.next(prefix, LocalDate.now(clock).getYear());
        CaseSummary opened = cases.save(new CaseFile(caseNumber, processKey, processInstanceId, memberId, orgUnitId,
                startedBy)).toSummary();
        audit.record(processInstanceId, AuditType.CASE_OPENED, processKey, Map.of());
        events.publishEvent(CaseStatusChanged.of(opened));
        return opened;
    }

    /** Where the case stands, in the words of its process (e.g. {@code paid}); the member sees it. */
    @Transactional
    public void enterStage(String processInstanceId, String stage) {
        cases.findByProcessInstanceId(processInstanceId).ifPresent(caseFile -> {
            caseFile.enterStage(stage);
            audit.record(processInstanceId, caseFile.toSummary().caseNumber(), AuditType.STAGE_ENTERED, stage, Map.of());
        });
    }

    /**
     * Gives the case to the union it is about, when that is not the union of whoever started it: a safety report
     * belongs to the workplace's union, whoever reported it.
     */
    @Transactional
    public void assignUnion(String processInstanceId, long orgUnitId) {
        cases.findByProcessInstanceId(processInstanceId).filter(c -> !Long.valueOf(orgUnitId).equals(c.toSummary().orgUnitId()))
                .ifPresent(caseFile -> {
                    caseFile.assignTo(orgUnitId);
                    audit.record(processInstanceId, caseFile.toSummary().caseNumber(), AuditType.UNION_ASSIGNED,
                            String.valueOf(orgUnitId), Map.of());
                });
    }

    @Transactional
    public void close(String processInstanceId) {
        cases.findByProcessInstanceId(processInstanceId).ifPresent(caseFile -> {
            caseFile.close();
            events.publishEvent(CaseStatusChanged.of(caseFile.toSummary()));
        });
    }

    /**
     * The progress of a case, without access checks: for callers that proved their right to it otherwise, such as an
     * anonymous reporter's tracking code.
     */
    public Optional<CaseProgress> progress(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseFile::toProgress);
    }

    public Optional<CaseSummary> findByProcessInstance(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId).map(CaseFile::toSummary);
    }
}
