package vn.unioncare.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.SupervisionReport.ProcessRef;
import vn.unioncare.casework.SupervisionReport.StepTime;
import vn.unioncare.casework.SupervisionReport.UnionFigures;
import vn.unioncare.casework.SupervisionReport.UnionRef;
import vn.unioncare.casework.domain.SupervisionQuery;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.RoleAssignmentView;
import vn.unioncare.security.UnionCareUser;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervision dashboard's figures for officers of the city federation and of unions directly above grassroots
 * (administrators: the city): open cases, open and overdue tasks per union below, time per step, and what other
 * features contribute through {@link SupervisionFigureSource}. A union outside what the user supervises is "not
 * found"; a user who supervises nothing is refused. Counting happens in the database, scoped by the case visibility
 * rule and the closure table.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionStatistics {

    private final CurrentUser currentUser;
    private final CaseAccess caseAccess;
    private final SupervisionQuery query;
    private final OrganisationService organisation;
    private final RepositoryService repository;
    private final ObjectProvider<SupervisionFigureSource> sources;
    private final Clock clock;

    public SupervisionStatistics(CurrentUser currentUser, CaseAccess caseAccess, SupervisionQuery query,
                                 OrganisationService organisation, RepositoryService repository,
                                 ObjectProvider<SupervisionFigureSource> sources, Clock clock) {
        this.currentUser = currentUser;
        this.caseAccess = caseAccess;
        this.query = query;
        this.organisation = organisation;
        this.repository = repository;
        this.sources = sources;
        this.clock = clock;
    }

    /** The unions the signed-in user is responsible for supervising, where the dashboard starts. */
    public List<UnionRef> supervisedUnions(Locale locale) {
        return organisation.findAllById(requireSupervisionRoots()).stream().map(u -> ref(u, locale))
                .sorted(Comparator.comparing(UnionRef::name, Collator.getInstance(FigureFormat.supported(locale))))
                .toList();
    }

    /** The figures of one union the user supervises (or one below it), and of each union directly below it. */
    public SupervisionReport report(long unitId, StatisticsPeriod period, Locale requestedLocale) {
        Locale locale = FigureFormat.supported(requestedLocale);
        Set<Long> roots = requireSupervisionRoots();
        if (!query.isWithin(unitId, roots)) {
            throw new CaseworkException("error.notFoundOrNoAccess", 404, "unit " + unitId);
        }
        List<OrgUnitView> chain = organisation.ancestorsNearestFirst(unitId);
        List<UnionRef> path = new ArrayList<>();
        for (OrgUnitView unit : chain) {
            path.add(0, ref(unit, locale));
            if (roots.contains(unit.id())) {
                break;
            }
        }
        UnionRef unit = path.get(path.size() - 1);
        Map<Long, Map<String, Long>> cases = openCases(unitId);
        Map<Long, SupervisionQuery.TaskCount> tasks = openTasks(unitId);
        Map<String, String> processNames = processNames();
        return new SupervisionReport(unit, path, period, clock.instant(),
                cases.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                        .map(key -> new ProcessRef(key, processNames.getOrDefault(key, key)))
                        .sorted(Comparator.comparing(ProcessRef::name, Collator.getInstance(locale))).toList(),
                unions(unit, cases, tasks, locale), stepTimes(unitId, period, processNames),
                sources.orderedStream().flatMap(s -> s.figures(unitId, period, locale).stream()).toList());
    }

    private List<UnionFigures> unions(UnionRef unit, Map<Long, Map<String, Long>> cases,
                                      Map<Long, SupervisionQuery.TaskCount> tasks, Locale locale) {
        List<UnionFigures> rows = new ArrayList<>();
        for (SupervisionQuery.UnitBelow below : query.unitsBelow(unit.id())) {
            UnionFigures row = figures(new UnionRef(below.id(), below.code(), "en".equals(locale.getLanguage())
                    ? below.nameEn() : below.nameVi()), below.hasUnitsBelow(), false, cases, tasks);
            if (below.active() || row.openCases() > 0 || row.openTasks() > 0) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(r -> r.union().name(), Collator.getInstance(locale)));
        UnionFigures itself = figures(unit, false, true, cases, tasks);
        if (itself.openCases() > 0 || itself.openTasks() > 0) {
            rows.add(0, itself);
        }
        return rows;
    }

    private static UnionFigures figures(UnionRef union, boolean hasUnitsBelow, boolean itself,
                                        Map<Long, Map<String, Long>> cases, Map<Long, SupervisionQuery.TaskCount> tasks) {
        SupervisionQuery.TaskCount taskCount = tasks.get(union.id());
        return new UnionFigures(union, hasUnitsBelow, itself, cases.getOrDefault(union.id(), Map.of()),
                taskCount == null ? 0 : taskCount.open(), taskCount == null ? 0 : taskCount.overdue());
    }

    private Map<Long, Map<String, Long>> openCases(long unitId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Map<Long, Map<String, Long>> byUnit = new HashMap<>();
        for (SupervisionQuery.CaseCount count : query.openCases(unitId, caseAccess.predicate("c", params), params)) {
            byUnit.computeIfAbsent(count.unitId(), id -> new HashMap<>()).put(count.processKey(), count.count());
        }
        return byUnit;
    }

    private Map<Long, SupervisionQuery.TaskCount> openTasks(long unitId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return query.openTasks(unitId, clock.instant(), caseAccess.predicate("c", params), params).stream()
                .collect(Collectors.toMap(SupervisionQuery.TaskCount::unitId, Function.identity()));
    }

    private List<StepTime> stepTimes(long unitId, StatisticsPeriod period, Map<String, String> processNames) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return query.stepTimes(unitId, period.start(), period.end(), caseAccess.predicate("c", params), params).stream()
                .map(s -> new StepTime(s.processKey(), processNames.getOrDefault(s.processKey(), s.processKey()),
                        s.taskKey(), s.taskName() == null ? s.taskKey() : s.taskName(), s.completed(),
                        Duration.ofMillis(Math.round(s.averageMillis()))))
                .toList();
    }

    /** Names of the latest version of every deployed process: a handful of rows, not one per case. */
    private Map<String, String> processNames() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey,
                        d -> d.getName() == null ? d.getKey() : d.getName(), (a, b) -> a));
    }

    /** Where the user may open the dashboard: their supervising roles' unions; the city federations for admins. */
    private Set<Long> requireSupervisionRoots() {
        UnionCareUser user = currentUser.require();
        Set<Long> roots = user.isAdmin()
                ? organisation.roots().stream().map(OrgUnitView::id).collect(Collectors.toSet())
                : user.assignments().stream().filter(RoleAssignmentView::supervises)
                        .map(RoleAssignmentView::orgUnitId).collect(Collectors.toSet());
        if (roots.isEmpty()) {
            throw new CaseworkException("supervision.dashboard.error.notSupervisor", 403, user.getUsername());
        }
        return roots;
    }

    private static UnionRef ref(OrgUnitView unit, Locale locale) {
        return new UnionRef(unit.id(), unit.code(), unit.name(locale));
    }
}
