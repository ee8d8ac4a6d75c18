package vn.unioncare.casework;

import org.camunda.bpm.engine.HistoryService;
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
import java.util.Locale;
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
    private final FormLabels formLabels;
    private final HistoryService history;
    private final CandidateGroupNames groupNames;

    public CaseFiles(CaseAccess access, CaseListQuery caseFacts, EngineTimeline engine, AuditEventStore auditEvents,
                     CaseComments comments, ActorNames names, TaskService tasks, OrganisationService organisation,
                     Clock clock, FormLabels formLabels, HistoryService history, CandidateGroupNames groupNames) {
        this.groupNames = groupNames;
        this.formLabels = formLabels;
        this.history = history;
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
        return open(caseNumber, Locale.forLanguageTag("vi"));
    }

    /** As {@link #open(String)}, with the submitted data under the form labels of the given language. */
    @Transactional(readOnly = true)
    public CaseFileDetails open(String caseNumber, Locale locale) {
        CaseSummary summary = access.require(caseNumber);
        CaseFacts facts = caseFacts.byId(summary.id()).orElseThrow();
        Optional<EngineHistory> history = engine.read(summary.processInstanceId());
        List<CaseTask> openTasks = openTasks(summary.processInstanceId(), locale);
        Instant slaDue = openTasks.stream().map(CaseTask::due).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        CaseHeader header = new CaseHeader(facts.caseNumber(), facts.processKey(),
                history.map(EngineHistory::processName).orElse(facts.processKey()), facts.memberId(),
                facts.memberName(), facts.orgUnitId() == null ? null : organisation.findById(facts.orgUnitId()).orElse(null),
                facts.status(), facts.stage(), facts.createdAt(), facts.closedAt(), slaDue,
                slaDue != null && slaDue.isBefore(clock.instant()));
        CaseTimeline timeline = new CaseTimeline(history.map(EngineHistory::entries).orElse(List.of()))
                .withAudit(auditEvents.forCase(facts.caseNumber(), CaseTimeline.SHOWN.keySet()))
                .withComments(comments.list(summary));
        return new CaseFileDetails(header, openTasks,
                labelled(summary.processInstanceId(), timeline.entries(names.of(timeline.actors())), locale));
    }

    private List<TimelineEntry> labelled(String processInstanceId, List<TimelineEntry> entries, Locale locale) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return entries;
        }
        FormLabels.Labels labels = formLabels.of(instance.getProcessDefinitionId(), locale);
        return entries.stream().map(e -> e.details().isEmpty() || !LABELLED.contains(e.kind()) ? e
                : new TimelineEntry(e.at(), e.actor(), e.actorName(), e.kind(), e.title(), labels.apply(e.details()),
                e.taskId())).toList();
    }

    /** The entries whose details are data submitted through a form. */
    private static final java.util.Set<TimelineKind> LABELLED = java.util.EnumSet.of(TimelineKind.PROCESS_STARTED,
            TimelineKind.TASK_COMPLETED, TimelineKind.TASK_RESOLVED);

    private List<CaseTask> openTasks(String processInstanceId, Locale locale) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list().stream()
                .map(task -> toCaseTask(task, locale)).toList();
    }

    private CaseTask toCaseTask(Task task, Locale locale) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
        return new CaseTask(task.getId(), task.getName(), task.getAssignee(), groups,
                groups.stream().map(group -> groupNames.name(group, locale)).toList(),
                EngineTimeline.instant(task.getCreateTime()), EngineTimeline.instant(task.getDueDate()));
    }
}
