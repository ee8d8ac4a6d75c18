package vn.unioncare.casework;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One timeline from three sources: Camunda's history, UnionCare's audit events and the comments. A happening is
 * shown once: an audit event that tells what Camunda also recorded (the case opened, a task claimed, completed,
 * delegated…) adds its details to Camunda's entry instead of standing on its own; comments come from the comments
 * themselves, and refused look-ups are a matter for the administrators' audit log, not for the case.
 */
final class CaseTimeline {

    /** Audit events that stand for an entry of the engine's or of their own. */
    static final Map<AuditType, TimelineKind> SHOWN = shown();
    /** How far apart the audit log and the engine may stamp the same happening (they share a transaction). */
    private static final Duration SAME_HAPPENING = Duration.ofMinutes(1);

    private final List<TimelineEntry> entries = new ArrayList<>();
    /** The engine's entries come first in {@link #entries}; each takes in at most one audit event. */
    private final int engineEntries;
    private final Set<Integer> merged = new HashSet<>();

    CaseTimeline(List<TimelineEntry> engine) {
        entries.addAll(engine);
        engineEntries = engine.size();
    }

    CaseTimeline withAudit(List<AuditEvent> events) {
        for (AuditEvent event : events) {
            TimelineKind kind = SHOWN.get(event.type());
            if (kind == null) {
                continue;
            }
            String taskId = event.details().get(AuditTrail.TASK_ID);
            Map<String, String> details = new LinkedHashMap<>(event.details());
            details.remove(AuditTrail.TASK_ID);
            int same = sameHappening(kind, taskId, event);
            if (same >= 0) {
                entries.set(same, entries.get(same).withDetails(details));
                merged.add(same);
            } else {
                entries.add(new TimelineEntry(event.occurredAt(), event.actor(), null, kind,
                        event.target() == null || event.target().equals(taskId) ? "" : event.target(), details, taskId));
            }
        }
        return this;
    }

    CaseTimeline withComments(List<CaseComment> comments) {
        comments.forEach(c -> entries.add(new TimelineEntry(c.createdAt(), c.author(), c.authorName(),
                TimelineKind.COMMENT_ADDED, c.text(), Map.of(), null)));
        return this;
    }

    /** Oldest first; at the same instant the start comes first and the end last, the rest as they were recorded. */
    List<TimelineEntry> entries(Map<String, String> displayNames) {
        return entries.stream()
                .sorted(Comparator.comparing(TimelineEntry::at).thenComparing(CaseTimeline::rank))
                .map(e -> e.actorName() == null && displayNames.containsKey(e.actor())
                        ? e.withActorName(displayNames.get(e.actor())) : e)
                .toList();
    }

    Set<String> actors() {
        return Set.copyOf(entries.stream().map(TimelineEntry::actor).toList());
    }

    private int sameHappening(TimelineKind kind, String taskId, AuditEvent event) {
        for (int i = 0; i < engineEntries; i++) {
            TimelineEntry entry = entries.get(i);
            if (!merged.contains(i) && entry.kind() == kind && (taskId == null || taskId.equals(entry.taskId()))
                    && Duration.between(entry.at(), event.occurredAt()).abs().compareTo(SAME_HAPPENING) <= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int rank(TimelineEntry entry) {
        return switch (entry.kind()) {
            case PROCESS_STARTED -> 0;
            case PROCESS_ENDED -> 2;
            default -> 1;
        };
    }

    private static Map<AuditType, TimelineKind> shown() {
        Map<AuditType, TimelineKind> shown = new EnumMap<>(AuditType.class);
        shown.put(AuditType.CASE_OPENED, TimelineKind.PROCESS_STARTED);
        shown.put(AuditType.TASK_CLAIMED, TimelineKind.TASK_CLAIMED);
        shown.put(AuditType.TASK_UNCLAIMED, TimelineKind.TASK_UNCLAIMED);
        shown.put(AuditType.TASK_COMPLETED, TimelineKind.TASK_COMPLETED);
        shown.put(AuditType.TASK_DELEGATED, TimelineKind.TASK_DELEGATED);
        shown.put(AuditType.TASK_RESOLVED, TimelineKind.TASK_RESOLVED);
        shown.put(AuditType.TASK_REASSIGNED, TimelineKind.TASK_ASSIGNED);
        shown.put(AuditType.TASK_DATES_CHANGED, TimelineKind.TASK_DATES_CHANGED);
        shown.put(AuditType.TASK_PRIORITY_CHANGED, TimelineKind.TASK_PRIORITY_CHANGED);
        shown.put(AuditType.ATTACHMENT_ADDED, TimelineKind.ATTACHMENT_ADDED);
        shown.put(AuditType.DOCUMENT_GENERATED, TimelineKind.DOCUMENT_GENERATED);
        return shown;
    }
}
