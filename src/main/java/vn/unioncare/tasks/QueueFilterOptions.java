package vn.unioncare.tasks;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The choices of the queue filters: deployed processes and the user tasks they contain (read from the deployed
 * models, not from the task table), and the unions an officer can narrow to (their own, and those below for
 * supervising roles), searched by name.
 */
@Service
public class QueueFilterOptions {

    private final RepositoryService repository;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    public QueueFilterOptions(RepositoryService repository, OrganisationService organisation, CurrentUser currentUser) {
        this.repository = repository;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    public List<ProcessChoice> processes() {
        currentUser.require();
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> new ProcessChoice(d.getKey(), d.getName() == null ? d.getKey() : d.getName()))
                .sorted(Comparator.comparing(ProcessChoice::name)).toList();
    }

    /** Names of the user tasks of a process, as the latest version has them. */
    public List<String> taskNames(String processKey) {
        currentUser.require();
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            return List.of();
        }
        return repository.getBpmnModelInstance(latest.getId()).getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getName).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** Unions I can narrow a queue to whose name starts with {@code text}: mine, and below where I supervise. */
    public List<OrgUnitView> unions(String text, int limit) {
        UnionCareUser user = currentUser.require();
        Map<Long, OrgUnitView> found = new LinkedHashMap<>();
        for (RoleAssignmentView assignment : user.assignments()) {
            if (assignment.appliesToSubtree()) {
                organisation.searchInSubtree(assignment.orgUnitId(), text, PageRequest.of(0, limit))
                        .forEach(u -> found.putIfAbsent(u.id(), u));
            } else {
                organisation.findById(assignment.orgUnitId()).ifPresent(u -> found.putIfAbsent(u.id(), u));
            }
        }
        return found.values().stream().limit(limit).toList();
    }
}
