package vn.unioncare.casework;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.EngineTimeline.EngineHistory;
import vn.unioncare.casework.domain.AuditEventStore;
import vn.unioncare.casework.domain.CaseFacts;
import vn.unioncare.casework.domain.CaseListQuery;
import vn.unioncare.organisation.OrganisationService;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The case page: one case file with its open tasks and its whole history, for whoever may see the case. */
@Service
public class CaseFiles {

    private final CaseAccess access;
    private final CaseListQuery caseFacts;
    private final EngineTimeline engine;
    private final AuditEventStore auditEvents;
    private final CaseComments comments;
    private final ActorNames names;
    private final TaskService tasks;
    private final OrganisationService organisation;
    private final Clock clock;

    public CaseFiles(CaseAccess access, CaseListQuery caseFacts, EngineTimeline engine, AuditEventStore auditEvents,
                     CaseComments comments, ActorNames names, TaskService tasks, OrganisationService organisation,
                     Clock clock) {
        this.access = access;
        this.caseFacts = caseFacts;
        this.engine = engine;
        this.auditEvents = auditEvents;
        this.comments = comments;
        this.names = names;
        this.tasks = tasks;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The case file; "not found or no access" (404, and a line in the audit log) when it is not the caller's to see. */
    @Transactional(readOnly = true)
    public CaseFileDetails open(String caseNumber) {
        CaseSummary summary = access.require(caseNumber);
        CaseFacts facts = caseFacts.byId(summary.id()).orElseThrow();
        Optional<EngineHistory> history = engine.read(summary.processInstanceId());
        List<CaseTask> openTasks = openTasks(summary.processInstanceId());
        Instant slaDue = openTasks.stream().map(CaseTask::due).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        CaseHeader header = new CaseHeader(facts.caseNumber(), facts.processKey(),
                history.map(EngineHistory::processName).orElse(facts.processKey()), facts.memberId(),
                facts.memberName(), facts.orgUnitId() == null ? null : organisation.findById(facts.orgUnitId()).orElse(null),
                facts.status(), facts.createdAt(), facts.closedAt(), slaDue,
                slaDue != null && slaDue.isBefore(clock.instant()));
        CaseTimeline timeline = new CaseTimeline(history.map(EngineHistory::entries).orElse(List.of()))
                .withAudit(auditEvents.forCase(facts.caseNumber(), CaseTimeline.SHOWN.keySet()))
                .withComments(comments.list(summary));
        return new CaseFileDetails(header, openTasks, timeline.entries(names.of(timeline.actors())));
    }

    private List<CaseTask> openTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list().stream()
                .map(this::toCaseTask).toList();
    }

    private CaseTask toCaseTask(Task task) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
        return new CaseTask(task.getId(), task.getName(), task.getAssignee(), groups, EngineTimeline.instant(task.getCreateTime()),
                EngineTimeline.instant(task.getDueDate()));
    }
}
