package vn.unioncare.casework;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.domain.AuditEventStore;
import vn.unioncare.casework.domain.CaseFileRepository;
import vn.unioncare.security.CurrentUser;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UnionCare's own audit log, next to Camunda's history: who did what to which case, and every refused look-up.
 * Any feature records through {@link #record}; administrators read it page by page.
 */
@Service
public class AuditTrail {

    /** The actor of work done by no signed-in user (start-up, timers, background jobs). */
    public static final String SYSTEM = "system";
    /** Detail naming the task an event is about; the case timeline merges such events with Camunda's record. */
    public static final String TASK_ID = "taskId";
    public static final String RESOURCE_CASE = "case";
    public static final String RESOURCE_TASK = "task";

    private final AuditEventStore store;
    private final CaseFileRepository cases;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AuditTrail(AuditEventStore store, CaseFileRepository cases, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an event of the signed-in user (or the system) in the caller's transaction, so that it is kept
     * exactly when what it describes is. The target is the {@value #TASK_ID} detail when there is one.
     */
    @Transactional
    public void record(String processInstanceId, AuditType type, Map<String, ?> details) {
        Map<String, String> text = asText(details);
        record(processInstanceId, type, text.get(TASK_ID), text);
    }

    /** As {@link #record(String, AuditType, Map)}, naming what the event is about (a file name, a document). */
    @Transactional
    public void record(String processInstanceId, AuditType type, String target, Map<String, ?> details) {
        String caseNumber = processInstanceId == null ? null
                : cases.findCaseNumberByProcessInstanceId(processInstanceId).orElse(null);
        record(processInstanceId, caseNumber, type, target, details);
    }

    /** As {@link #record(String, AuditType, String, Map)}, for callers that hold the case and its number already. */
    @Transactional
    public void record(String processInstanceId, String caseNumber, AuditType type, String target, Map<String, ?> details) {
        store.append(new AuditEvent(0, clock.instant(), actor(), type, processInstanceId, caseNumber, target,
                asText(details)));
    }

    /**
     * Records that the signed-in user asked for something they may not see ({@code resource} such as
     * {@value #RESOURCE_CASE} or {@value #RESOURCE_TASK}, and its id), in a transaction of its own: the refusal
     * usually rolls the caller's transaction back, and the record must stay.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String resource, String id) {
        String caseNumber = RESOURCE_CASE.equals(resource) && id != null
                && cases.findByCaseNumber(id).isPresent() ? id : null;
        Map<String, String> details = new LinkedHashMap<>();
        details.put("resource", resource);
        details.put("id", id);
        store.append(new AuditEvent(0, clock.instant(), actor(), AuditType.ACCESS_REFUSED, null, caseNumber,
                resource + " " + id, details));
    }

    /** The audit log newest first, for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, Pageable page) {
        return store.page(filter, page.getOffset(), page.getPageSize());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return store.count(filter);
    }

    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElse(SYSTEM);
    }

    private static Map<String, String> asText(Map<String, ?> details) {
        Map<String, String> text = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((key, value) -> text.put(key, value == null ? null : String.valueOf(value)));
        }
        return text;
    }
}
