package vn.unioncare.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.domain.CaseFacts;
import vn.unioncare.casework.domain.CaseListQuery;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.UnionCareUser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists of the cases the signed-in user may see, newest first, paged in the database: an officer's cases in their
 * scope (all of one member's cases across every process, too), a member's own requests and what each waits for.
 */
@Service
@Transactional(readOnly = true)
public class CaseList {

    private final CaseListQuery query;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final OrganisationService organisation;

    public CaseList(CaseListQuery query, CaseAccess access, CurrentUser currentUser, RepositoryService repository,
                    TaskService tasks, OrganisationService organisation) {
        this.query = query;
        this.access = access;
        this.currentUser = currentUser;
        this.repository = repository;
        this.tasks = tasks;
        this.organisation = organisation;
    }

    public List<CaseListRow> list(CaseFilter filter, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<CaseFacts> facts = query.page(filter, access.predicate("c", params), params, me(), page.getOffset(),
                page.getPageSize());
        if (facts.isEmpty()) {
            return List.of();
        }
        Map<String, String> processNames = processTypes().stream()
                .collect(Collectors.toMap(ProcessType::key, ProcessType::name));
        Map<Long, OrgUnitView> unions = organisation.findAllById(facts.stream().map(CaseFacts::orgUnitId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        Map<String, List<String>> steps = currentSteps(facts);
        return facts.stream().map(f -> new CaseListRow(f.caseNumber(), f.processKey(),
                processNames.getOrDefault(f.processKey(), f.processKey()), f.memberId(), f.memberName(),
                f.orgUnitId() == null ? null : unions.get(f.orgUnitId()), f.status(), f.stage(), f.createdAt(), f.closedAt(),
                steps.getOrDefault(f.processInstanceId(), List.of()))).toList();
    }

    public long count(CaseFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return query.count(filter, access.predicate("c", params), params, me());
    }

    /** The kinds of case there are, by name, for a filter. */
    public List<ProcessType> processTypes() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> new ProcessType(d.getKey(), nameOf(d)))
                .sorted(Comparator.comparing(ProcessType::name)).toList();
    }

    /** The open tasks of the listed cases only: one query for the page. */
    private Map<String, List<String>> currentSteps(List<CaseFacts> facts) {
        String[] instances = facts.stream().map(CaseFacts::processInstanceId).toArray(String[]::new);
        return tasks.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc().list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId,
                        Collectors.mapping(Task::getName, Collectors.toList())));
    }

    private CaseListQuery.Me me() {
        UnionCareUser user = currentUser.require();
        return new CaseListQuery.Me(user.getUsername(), user.memberId());
    }

    private static String nameOf(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }
}
