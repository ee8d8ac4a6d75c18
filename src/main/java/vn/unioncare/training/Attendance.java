package vn.unioncare.training;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.training.domain.AttendanceRows;
import vn.unioncare.training.domain.AttendanceRows.Mark;
import vn.unioncare.training.domain.CohortRows;
import vn.unioncare.training.domain.EnrollmentRows;
import vn.unioncare.training.domain.EnrollmentRows.Participant;
import vn.unioncare.training.domain.SessionRows;
import vn.unioncare.training.domain.SessionRows.StoredSession;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance and test scores of a cohort, recorded for the whole cohort at once by its trainer (or a coordinator
 * keeping it). Reaching two absences publishes {@link AbsenceThresholdReached} once per member; finishing the cohort
 * publishes {@link CohortFinished} with every confirmed member's result. Both are published inside the transaction,
 * so a listener correlating process messages commits or rolls back with the recording.
 */
@Service
@Transactional
public class Attendance {

    static final int ABSENCE_THRESHOLD = 2;
    static final int MIN_SCORE = 0;
    static final int MAX_SCORE = 100;

    private final CohortRows cohorts;
    private final SessionRows sessions;
    private final EnrollmentRows enrollments;
    private final AttendanceRows attendance;
    private final Coordinators coordinators;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attendance(CohortRows cohorts, SessionRows sessions, EnrollmentRows enrollments, AttendanceRows attendance,
               Coordinators coordinators, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.coordinators = coordinators;
        this.events = events;
        this.clock = clock;
    }

    /** The grid of the cohort: confirmed members by name, one column per session. */
    @Transactional(readOnly = true)
    public AttendanceGrid grid(long cohortId) {
        CohortView cohort = recordable(cohortId);
        List<SessionView> columns = sessions.ofCohort(cohortId).stream().map(StoredSession::view).toList();
        Map<Long, Map<Long, Boolean>> marks = new HashMap<>();
        for (Mark mark : attendance.ofCohort(cohortId)) {
            marks.computeIfAbsent(mark.enrollmentId(), id -> new HashMap<>()).put(mark.sessionId(), mark.present());
        }
        List<AttendanceGrid.Row> rows = new ArrayList<>();
        for (Participant p : enrollments.confirmed(cohortId)) {
            Map<Long, Boolean> own = marks.getOrDefault(p.enrollmentId(), Map.of());
            List<AttendanceMark> cells = columns.stream().map(s -> own.get(s.id()) == null
                    ? AttendanceMark.NOT_RECORDED : own.get(s.id()) ? AttendanceMark.PRESENT : AttendanceMark.ABSENT)
                    .toList();
            int absences = (int) cells.stream().filter(AttendanceMark.ABSENT::equals).count();
            rows.add(new AttendanceGrid.Row(p.caseNumber(), p.memberId(), p.memberName(), p.cardNumber(), cells,
                    absences, p.testScore(), p.retakeUsed()));
        }
        return new AttendanceGrid(cohort, columns, rows);
    }

    /**
     * Records who was present at a session (true) or absent (false); every confirmed member of the cohort must be
     * named, so a session is recorded completely or not at all. A second recording corrects the first.
     */
    public void record(long sessionId, Map<String, Boolean> presentByCaseNumber) {
        StoredSession session = sessions.find(sessionId)
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("session " + sessionId));
        CohortView cohort = recordable(session.view().cohortId());
        requireInProgress(cohort);
        Map<String, Participant> participants = participants(cohort.id());
        List<FieldProblem> problems = new ArrayList<>(unknownRows(presentByCaseNumber.keySet(), participants));
        participants.keySet().stream().filter(caseNumber -> presentByCaseNumber.get(caseNumber) == null)
                .forEach(caseNumber -> problems.add(FieldProblem.ofRow(caseNumber, TrainingField.ATTENDANCE,
                        "training.error.attendanceMissing")));
        refuseIfAny(problems);
        String by = coordinators.username();
        participants.values().forEach(p -> attendance.record(sessionId, p.enrollmentId(),
                presentByCaseNumber.get(p.caseNumber()), by, clock.instant()));
        sessions.markRecorded(sessionId, clock.instant());
        if (cohort.status() == CohortStatus.OPEN) {
            cohorts.setStatus(cohort.id(), CohortStatus.RUNNING);
        }
        Map<Long, Integer> absences = attendance.absences(participants.values().stream()
                .map(Participant::enrollmentId).toList());
        for (Participant p : participants.values()) {
            int count = absences.getOrDefault(p.enrollmentId(), 0);
            if (count >= ABSENCE_THRESHOLD && enrollments.markAbsenceNotified(p.enrollmentId())) {
                events.publishEvent(new AbsenceThresholdReached(p.caseNumber(), p.processInstanceId(), count));
            }
        }
    }

    /** Records test scores (0..100) of confirmed members; members left out keep what they had. */
    public void recordScores(long cohortId, Map<String, Integer> scoreByCaseNumber) {
        CohortView cohort = recordable(cohortId);
        requireInProgress(cohort);
        Map<String, Participant> participants = participants(cohortId);
        List<FieldProblem> problems = new ArrayList<>(unknownRows(scoreByCaseNumber.keySet(), participants));
        scoreByCaseNumber.forEach((caseNumber, score) -> scoreProblem(caseNumber, score).ifPresent(problems::add));
        refuseIfAny(problems);
        scoreByCaseNumber.forEach((caseNumber, score) -> enrollments.setScore(
                participants.get(caseNumber).enrollmentId(), score));
    }

    /**
     * The score of the one retake, replacing the first; for a member still CONFIRMED after the cohort finished.
     *
     * @throws TrainingException 409 {@code training.error.retakeUsed} for a second retake
     */
    public void recordRetakeScore(String caseNumber, int score) {
        EnrollmentView enrollment = enrollments.find(caseNumber)
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("enrollment " + caseNumber));
        recordable(enrollment.cohortId());
        if (enrollment.status() != EnrollmentStatus.CONFIRMED) {
            throw TrainingException.wrongState("enrollment " + caseNumber, enrollment.status());
        }
        scoreProblem(caseNumber, score).ifPresent(problem -> refuseIfAny(List.of(problem)));
        if (!enrollments.setRetakeScore(enrollment.id(), score)) {
            throw new TrainingException("training.error.retakeUsed", 409, caseNumber);
        }
    }

    /**
     * Finishes the cohort once every session is recorded and every confirmed member has a score, and publishes the
     * results.
     *
     * @throws TrainingException 409 {@code training.error.cannotFinish} naming how many sessions and scores are
     *                           missing
     */
    public CohortFinished finish(long cohortId) {
        cohorts.lock(cohortId);
        CohortView cohort = recordable(cohortId);
        requireInProgress(cohort);
        List<StoredSession> all = sessions.ofCohort(cohortId);
        List<Participant> participants = enrollments.confirmed(cohortId);
        long unrecorded = all.stream().filter(s -> !s.recorded()).count();
        long unscored = participants.stream().filter(p -> p.testScore() == null).count();
        if (unrecorded > 0 || unscored > 0) {
            throw new TrainingException("training.error.cannotFinish", 409,
                    unrecorded + " sessions unrecorded, " + unscored + " scores missing", unrecorded, unscored);
        }
        Map<Long, Integer> presences = new HashMap<>();
        attendance.ofCohort(cohortId).stream().filter(Mark::present)
                .forEach(mark -> presences.merge(mark.enrollmentId(), 1, Integer::sum));
        List<CohortResult> results = participants.stream().map(p -> new CohortResult(p.caseNumber(),
                p.processInstanceId(), presences.getOrDefault(p.enrollmentId(), 0) * 100 / all.size(),
                p.testScore())).toList();
        cohorts.setStatus(cohortId, CohortStatus.FINISHED);
        CohortFinished finished = new CohortFinished(cohortId, results);
        events.publishEvent(finished);
        return finished;
    }

    private CohortView recordable(long cohortId) {
        CohortView cohort = cohorts.find(cohortId)
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("cohort " + cohortId));
        coordinators.requireRecorder(cohort);
        return cohort;
    }

    private static void requireInProgress(CohortView cohort) {
        if (cohort.status() != CohortStatus.OPEN && cohort.status() != CohortStatus.RUNNING) {
            throw TrainingException.wrongState("cohort " + cohort.id(), cohort.status());
        }
    }

    private Map<String, Participant> participants(long cohortId) {
        return enrollments.confirmed(cohortId).stream()
                .collect(Collectors.toMap(Participant::caseNumber, Function.identity()));
    }

    private static List<FieldProblem> unknownRows(java.util.Set<String> caseNumbers,
                                                  Map<String, Participant> participants) {
        return caseNumbers.stream().filter(caseNumber -> !participants.containsKey(caseNumber))
                .map(caseNumber -> FieldProblem.ofRow(caseNumber, TrainingField.ATTENDANCE,
                        "training.error.notConfirmed", caseNumber)).toList();
    }

    private static Optional<FieldProblem> scoreProblem(String caseNumber, Integer score) {
        if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
            return Optional.of(FieldProblem.ofRow(caseNumber, TrainingField.SCORE, "training.error.score",
                    MIN_SCORE, MAX_SCORE));
        }
        return Optional.empty();
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
