package vn.unioncare.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.training.domain.CohortRows;
import vn.unioncare.training.domain.CourseRows;
import vn.unioncare.training.domain.EnrollmentRows;
import vn.unioncare.training.domain.SessionRows;
import vn.unioncare.training.domain.SessionRows.StoredSession;
import vn.unioncare.training.domain.TrainerRows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The course catalogue and its cohorts. Everybody signed in browses the cohorts taking enrollments; training
 * coordinators of the city federation and of the unions directly above grassroots keep the courses and cohorts of
 * their unions (anyone else is refused with {@link NotACoordinatorException}, 403) and see, like trainers, the
 * cohorts they keep or train. Invalid input is refused with {@link InvalidInputException} and nothing is saved.
 */
@Service
@Transactional
public class TrainingCatalogue {

    private static final int MAX_PAGE = 200;

    private final CourseRows courses;
    private final CohortRows cohorts;
    private final SessionRows sessions;
    private final EnrollmentRows enrollments;
    private final TrainerRows trainers;
    private final Coordinators coordinators;
    private final Clock clock;

    TrainingCatalogue(CourseRows courses, CohortRows cohorts, SessionRows sessions, EnrollmentRows enrollments,
                      TrainerRows trainers, Coordinators coordinators, Clock clock) {
        this.courses = courses;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.trainers = trainers;
        this.coordinators = coordinators;
        this.clock = clock;
    }

    /** Whether the signed-in user keeps courses and cohorts (a training coordinator or an administrator). */
    @Transactional(readOnly = true)
    public boolean mayMaintain() {
        return coordinators.isCoordinator();
    }

    /** The unions the signed-in coordinator organises cohorts for, the city first. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> organisingUnits() {
        return coordinators.isCoordinator() ? coordinators.ownUnits() : List.of();
    }

    // ---- courses ----

    /** Coordinators: a page of the catalogue whose title contains the text (diacritics ignored), active first. */
    @Transactional(readOnly = true)
    public List<CourseView> courses(String text, int offset, int limit) {
        coordinators.requireCoordinator();
        return courses.page(text, false, Math.max(0, offset), pageSize(limit));
    }

    @Transactional(readOnly = true)
    public int countCourses(String text) {
        coordinators.requireCoordinator();
        return courses.count(text, false);
    }

    @Transactional(readOnly = true)
    public Optional<CourseView> course(long id) {
        return courses.find(id);
    }

    /** Whether the signed-in user may edit the course (it belongs to a union they keep). */
    @Transactional(readOnly = true)
    public boolean mayEditCourse(long id) {
        return courses.owningUnit(id).map(coordinators::maintains).orElse(false);
    }

    /** A new course of the coordinator's own (first) union. */
    public CourseView createCourse(CourseDraft draft) {
        coordinators.requireCoordinator();
        CourseDraft clean = valid(draft);
        long owner = coordinators.ownUnits().stream().findFirst().map(OrgUnitView::id).orElseThrow(() ->
                NotACoordinatorException.notCoordinator(coordinators.username() + " has no union to own the course"));
        return courses.find(courses.insert(clean, owner, coordinators.username(), clock.instant())).orElseThrow();
    }

    public CourseView updateCourse(long id, CourseDraft draft) {
        coordinators.requireCoordinator();
        long owner = courses.owningUnit(id).orElseThrow(() -> TrainingException.notFoundOrNoAccess("course " + id));
        coordinators.requireMaintains(owner);
        courses.update(id, valid(draft));
        return courses.find(id).orElseThrow();
    }

    // ---- cohorts ----

    /** A cohort; the catalogue is no secret, so anyone (and the enrollment process) reads it. */
    @Transactional(readOnly = true)
    public Optional<CohortView> cohort(long id) {
        return cohorts.find(id);
    }

    /** The sessions of a cohort by date and time. */
    @Transactional(readOnly = true)
    public List<SessionView> sessions(long cohortId) {
        return sessions.ofCohort(cohortId).stream().map(StoredSession::view).toList();
    }

    /** Members' list: cohorts taking enrollments today whose course title contains the text, the soonest first. */
    @Transactional(readOnly = true)
    public List<CohortView> openCohorts(String text, int offset, int limit) {
        return cohorts.open(text, today(), Math.max(0, offset), pageSize(limit));
    }

    /** Whether the cohort takes enrollments today (open, deadline not passed). */
    public boolean takesEnrollments(CohortView cohort) {
        return cohort.takesEnrollments(today());
    }

    @Transactional(readOnly = true)
    public int countOpenCohorts(String text) {
        return cohorts.countOpen(text, today());
    }

    /**
     * Coordinators' and trainers' list: every cohort organised in the subtree the coordinator keeps and every cohort
     * the user trains, whatever its status, the latest first; empty for anybody else.
     */
    @Transactional(readOnly = true)
    public List<CohortView> managedCohorts(String text, int offset, int limit) {
        return cohorts.inScope(coordinators.scope(), text, Math.max(0, offset), pageSize(limit));
    }

    @Transactional(readOnly = true)
    public int countManagedCohorts(String text) {
        return cohorts.countInScope(coordinators.scope(), text);
    }

    /** Whether the signed-in user may edit the cohort (a coordinator keeping its organising union). */
    @Transactional(readOnly = true)
    public boolean mayEditCohort(CohortView cohort) {
        return coordinators.maintains(cohort.orgUnitId());
    }

    /** Whether the signed-in user may record the cohort's attendance (its trainer or a coordinator keeping it). */
    @Transactional(readOnly = true)
    public boolean mayRecordAttendance(CohortView cohort) {
        return coordinators.mayRecord(cohort);
    }

    /** Accounts with the TRAINER role whose username contains the text, for the cohort form. */
    @Transactional(readOnly = true)
    public List<TrainerChoice> trainers(String text, int offset, int limit) {
        coordinators.requireCoordinator();
        return trainers.page(text, Math.max(0, offset), pageSize(limit));
    }

    /**
     * @throws InvalidInputException    e.g. seats outside 1..500, overlapping sessions, a session in the past, an
     *                                  enrollment deadline after the first session
     * @throws NotACoordinatorException when the user does not keep the organising union
     */
    public CohortView createCohort(CohortDraft draft) {
        coordinators.requireCoordinator();
        CohortDraft clean = CatalogueRules.normalise(draft);
        List<FieldProblem> problems = CatalogueRules.check(clean, knownCourse(clean), true, trainerExists(clean),
                Map.of(), 0, now());
        if (clean.orgUnitId() != null) {
            coordinators.requireMaintains(clean.orgUnitId());
        }
        refuseIfAny(problems);
        List<SessionDraft> ordered = inOrder(clean.sessions());
        long id = cohorts.insert(clean.courseId(), clean.orgUnitId(), clean.trainerUsername(), clean.seats(),
                clean.enrollmentDeadline(), clean.status(), ordered.get(0).date(),
                ordered.get(ordered.size() - 1).date(), coordinators.username(), clock.instant());
        ordered.forEach(session -> sessions.insert(id, session));
        return cohorts.find(id).orElseThrow();
    }

    /**
     * Saves the cohort as drafted: sessions with an id are kept or changed, those left out deleted, those without
     * an id added. A session whose attendance has been recorded can be neither moved nor deleted.
     */
    public CohortView updateCohort(long id, CohortDraft draft) {
        coordinators.requireCoordinator();
        CohortView current = cohorts.lock(id).flatMap(locked -> cohorts.find(id))
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("cohort " + id));
        coordinators.requireMaintains(current.orgUnitId());
        if (current.status() == CohortStatus.FINISHED) {
            throw TrainingException.wrongState("cohort " + id, current.status());
        }
        CohortDraft clean = CatalogueRules.normalise(draft);
        Map<Long, StoredSession> stored = sessions.ofCohort(id).stream()
                .collect(Collectors.toMap(s -> s.view().id(), Function.identity()));
        List<FieldProblem> problems = new ArrayList<>(CatalogueRules.check(clean, knownCourse(clean), false,
                trainerExists(clean), stored.values().stream().collect(Collectors.toMap(s -> s.view().id(),
                        StoredSession::view)), enrollments.countTakingASeat(id), now()));
        problems.addAll(recordedSessionProblems(clean.sessions(), stored));
        if (clean.orgUnitId() != null) {
            coordinators.requireMaintains(clean.orgUnitId());
        }
        refuseIfAny(problems);
        List<SessionDraft> ordered = inOrder(clean.sessions());
        cohorts.update(id, clean.courseId(), clean.orgUnitId(), clean.trainerUsername(), clean.seats(),
                clean.enrollmentDeadline(), clean.status(), ordered.get(0).date(),
                ordered.get(ordered.size() - 1).date());
        Set<Long> kept = new HashSet<>();
        for (SessionDraft session : ordered) {
            if (session.id() != null && stored.containsKey(session.id())) {
                kept.add(session.id());
                sessions.update(session.id(), session);
            } else {
                sessions.insert(id, session);
            }
        }
        stored.keySet().stream().filter(sessionId -> !kept.contains(sessionId)).forEach(sessions::delete);
        return cohorts.find(id).orElseThrow();
    }

    private static List<FieldProblem> recordedSessionProblems(List<SessionDraft> drafts,
                                                              Map<Long, StoredSession> stored) {
        List<FieldProblem> problems = new ArrayList<>();
        for (StoredSession session : stored.values()) {
            if (!session.recorded()) {
                continue;
            }
            Optional<SessionDraft> draft = drafts.stream().filter(d -> Long.valueOf(session.view().id())
                    .equals(d.id())).findFirst();
            if (draft.isEmpty() || !session.view().date().equals(draft.get().date())) {
                problems.add(FieldProblem.of(TrainingField.SESSIONS, "training.error.sessionRecorded",
                        session.view().date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            }
        }
        return problems;
    }

    private static List<SessionDraft> inOrder(List<SessionDraft> drafts) {
        return drafts.stream().sorted(Comparator.comparing(SessionDraft::date)
                .thenComparing(SessionDraft::startTime)).toList();
    }

    private CourseView knownCourse(CohortDraft draft) {
        return draft.courseId() == null ? null : courses.find(draft.courseId()).orElse(null);
    }

    private boolean trainerExists(CohortDraft draft) {
        return draft.trainerUsername() != null && trainers.accountExists(draft.trainerUsername());
    }

    private CourseDraft valid(CourseDraft draft) {
        CourseDraft clean = CatalogueRules.normalise(draft);
        refuseIfAny(CatalogueRules.check(clean));
        return clean;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
