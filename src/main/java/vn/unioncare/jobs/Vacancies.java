package vn.unioncare.jobs;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.jobs.domain.EmployerRows;
import vn.unioncare.jobs.domain.VacancyRows;
import vn.unioncare.jobs.domain.VacancySearchQuery;
import vn.unioncare.organisation.OrgUnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Vacancies: everybody signed in reads those taking applications; officers of the city federation and of the
 * unions directly above grassroots (and administrators) also see closed ones and maintain the vacancies of their
 * unions. Anybody else trying to change one is refused with {@link NotAMaintainerException} (403).
 */
@Service
@Transactional
public class Vacancies {

    private static final int MAX_PAGE = 500;

    private final VacancyRows rows;
    private final VacancySearchQuery searchQuery;
    private final EmployerRows employers;
    private final Maintainers maintainers;
    private final Clock clock;

    Vacancies(VacancyRows rows, VacancySearchQuery searchQuery, EmployerRows employers, Maintainers maintainers,
              Clock clock) {
        this.rows = rows;
        this.searchQuery = searchQuery;
        this.employers = employers;
        this.maintainers = maintainers;
        this.clock = clock;
    }

    /** Whether the signed-in user maintains vacancies (and so sees closed ones too). */
    @Transactional(readOnly = true)
    public boolean mayMaintain() {
        return maintainers.mayMaintain();
    }

    /** The unions the signed-in user may file a new vacancy under, the city first; empty for non-maintainers. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> maintainingUnits() {
        return maintainers.mayMaintain() ? maintainers.ownUnits() : List.of();
    }

    /** One page of the list, sorted by the given properties (title, employer, closingDate, salaryMax, ...). */
    @Transactional(readOnly = true)
    public List<VacancyView> search(VacancyFilter filter, int offset, int limit, Sort sort) {
        return searchQuery.page(visible(filter), today(), sort == null ? Sort.unsorted() : sort, Math.max(0, offset),
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public long count(VacancyFilter filter) {
        return searchQuery.count(visible(filter), today());
    }

    /** A vacancy; one not taking applications only for maintainers, for others it is "not found". */
    @Transactional(readOnly = true)
    public VacancyView get(long id) {
        maintainers.requireSignedIn();
        return rows.find(id).filter(v -> v.takesApplications(today()) || maintainers.mayMaintain())
                .orElseThrow(() -> JobsException.notFoundOrNoAccess("vacancy " + id));
    }

    /**
     * @throws InvalidInputException   with a problem per invalid field (e.g. minimum salary above the maximum, a
     *                                 closing date in the past)
     * @throws NotAMaintainerException when the user does not maintain the owning union
     */
    public VacancyView create(VacancyDraft draft) {
        maintainers.requireMaintainer();
        VacancyDraft clean = valid(draft);
        long owner = maintainers.owningUnit(clean.owningUnitId());
        return rows.find(rows.insert(clean, owner, maintainers.username(), clock.instant())).orElseThrow();
    }

    /** Saves an edit made on {@code version}; 409 {@code jobs.error.concurrentChange} if a colleague saved first. */
    public VacancyView update(long id, long version, VacancyDraft draft) {
        maintainers.requireMaintainer();
        VacancyView current = rows.find(id).orElseThrow(() -> JobsException.notFoundOrNoAccess("vacancy " + id));
        maintainers.requireMaintains(current.owningUnitId());
        VacancyDraft clean = valid(draft);
        long owner = clean.owningUnitId() == null ? current.owningUnitId() : clean.owningUnitId();
        maintainers.requireMaintains(owner);
        if (!rows.update(id, version, clean, owner)) {
            throw JobsException.concurrentChange("vacancy " + id);
        }
        return rows.find(id).orElseThrow();
    }

    /** A placement takes one seat; for the job-referral process, so no user check. False when none was left. */
    public boolean fillSeat(long vacancyId) {
        return rows.fillSeat(vacancyId);
    }

    private List<FieldProblem> problems(VacancyDraft clean) {
        List<FieldProblem> problems = new ArrayList<>(VacancyRules.check(clean, today()));
        if (clean.employerId() != null && employers.find(clean.employerId()).isEmpty()) {
            problems.add(FieldProblem.of(JobField.EMPLOYER, "jobs.error.unknownEmployer", clean.employerId()));
        }
        return problems;
    }

    private VacancyDraft valid(VacancyDraft draft) {
        VacancyDraft clean = VacancyRules.normalise(draft);
        List<FieldProblem> problems = problems(clean);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private VacancyFilter visible(VacancyFilter filter) {
        maintainers.requireSignedIn();
        VacancyFilter given = filter == null ? VacancyFilter.open() : filter;
        return maintainers.mayMaintain() ? given : given.withOpenOnly(true);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
