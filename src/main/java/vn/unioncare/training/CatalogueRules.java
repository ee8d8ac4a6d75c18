package vn.unioncare.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/** What makes a course and a cohort valid; every problem is collected, so a form shows them all at once. */
final class CatalogueRules {

    static final int MIN_HOURS = 1;
    static final int MAX_HOURS = 200;
    static final int MIN_SEATS = 1;
    static final int MAX_SEATS = 500;
    static final int MAX_SESSIONS = 100;
    private static final String LINK = "https?://\\S+";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CatalogueRules() {
    }

    /** Text stripped with runs of white space made one space; null for blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }

    static CourseDraft normalise(CourseDraft draft) {
        return new CourseDraft(clean(draft.title()), draft.topic(), draft.format(), draft.hours(),
                clean(draft.prerequisites()), draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip(), draft.active());
    }

    static List<FieldProblem> check(CourseDraft draft) {
        Problems problems = new Problems();
        problems.text(TrainingField.TITLE, draft.title(), true, 300);
        problems.required(TrainingField.TOPIC, draft.topic());
        problems.required(TrainingField.FORMAT, draft.format());
        problems.range(TrainingField.HOURS, draft.hours(), MIN_HOURS, MAX_HOURS, "training.error.hours");
        problems.text(TrainingField.PREREQUISITES, draft.prerequisites(), false, 2000);
        problems.text(TrainingField.DESCRIPTION, draft.description(), false, 4000);
        return problems.list();
    }

    static CohortDraft normalise(CohortDraft draft) {
        return new CohortDraft(draft.courseId(), draft.orgUnitId(), clean(draft.trainerUsername()), draft.seats(),
                draft.enrollmentDeadline(), draft.status() == null ? CohortStatus.OPEN : draft.status(),
                draft.sessions().stream().map(s -> new SessionDraft(s.id(), s.date(), s.startTime(), s.endTime(),
                        clean(s.place()))).toList());
    }

    /**
     * Problems of a normalised cohort on {@code now}. {@code course} is its course (null when unknown),
     * {@code stored} the sessions already saved by id (their dates may lie in the past), {@code seatsTaken} the
     * seats already held or confirmed.
     */
    static List<FieldProblem> check(CohortDraft draft, CourseView course, boolean newCohort, boolean trainerExists,
                                    Map<Long, SessionView> stored, int seatsTaken, LocalDateTime now) {
        Problems problems = new Problems();
        problems.required(TrainingField.COURSE, draft.courseId());
        if (draft.courseId() != null && (course == null || newCohort && !course.active())) {
            problems.add(FieldProblem.of(TrainingField.COURSE, "training.error.unknownCourse"));
        }
        problems.required(TrainingField.ORG_UNIT, draft.orgUnitId());
        problems.text(TrainingField.TRAINER, draft.trainerUsername(), true, 100);
        if (draft.trainerUsername() != null && !trainerExists) {
            problems.add(FieldProblem.of(TrainingField.TRAINER, "training.error.unknownTrainer",
                    draft.trainerUsername()));
        }
        problems.range(TrainingField.SEATS, draft.seats(), MIN_SEATS, MAX_SEATS, "training.error.seats");
        if (draft.seats() != null && draft.seats() >= MIN_SEATS && draft.seats() < seatsTaken) {
            problems.add(FieldProblem.of(TrainingField.SEATS, "training.error.seatsBelowTaken", seatsTaken));
        }
        if (draft.status() == CohortStatus.FINISHED) {
            problems.add(FieldProblem.of(TrainingField.STATUS, "training.error.finishThroughAttendance"));
        }
        LocalDate today = now.toLocalDate();
        problems.required(TrainingField.ENROLLMENT_DEADLINE, draft.enrollmentDeadline());
        if (draft.enrollmentDeadline() != null && newCohort && draft.enrollmentDeadline().isBefore(today)) {
            problems.add(FieldProblem.of(TrainingField.ENROLLMENT_DEADLINE, "training.error.deadlinePast"));
        }
        checkSessions(problems, draft.sessions(), course == null ? null : course.format(), stored, now);
        LocalDate first = draft.sessions().stream().map(SessionDraft::date).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (draft.enrollmentDeadline() != null && first != null && draft.enrollmentDeadline().isAfter(first)) {
            problems.add(FieldProblem.of(TrainingField.ENROLLMENT_DEADLINE, "training.error.deadlineAfterFirstSession",
                    DAY.format(first)));
        }
        return problems.list();
    }

    private static void checkSessions(Problems problems, List<SessionDraft> sessions, CourseFormat format,
                                      Map<Long, SessionView> stored, LocalDateTime now) {
        if (sessions.isEmpty()) {
            problems.add(FieldProblem.of(TrainingField.SESSIONS, "training.error.noSession"));
        } else if (sessions.size() > MAX_SESSIONS) {
            problems.add(FieldProblem.of(TrainingField.SESSIONS, "training.error.tooManySessions", MAX_SESSIONS));
        }
        for (int i = 0; i < sessions.size(); i++) {
            SessionDraft session = sessions.get(i);
            problems.sessionRequired(i, TrainingField.SESSION_DATE, session.date());
            problems.sessionRequired(i, TrainingField.SESSION_START, session.startTime());
            problems.sessionRequired(i, TrainingField.SESSION_END, session.endTime());
            if (session.place() == null) {
                problems.add(FieldProblem.ofSession(i, TrainingField.SESSION_PLACE, "training.error.required"));
            } else if (session.place().length() > 500) {
                problems.add(FieldProblem.ofSession(i, TrainingField.SESSION_PLACE, "training.error.tooLong", 500));
            } else if (format == CourseFormat.ONLINE && !session.place().matches(LINK)) {
                problems.add(FieldProblem.ofSession(i, TrainingField.SESSION_PLACE, "training.error.link"));
            }
            if (session.startTime() != null && session.endTime() != null
                    && !session.endTime().isAfter(session.startTime())) {
                problems.add(FieldProblem.ofSession(i, TrainingField.SESSION_END, "training.error.endBeforeStart"));
            }
            if (session.date() != null && session.startTime() != null && !unchanged(session, stored)
                    && session.date().atTime(session.startTime()).isBefore(now)) {
                problems.add(FieldProblem.ofSession(i, TrainingField.SESSION_DATE, "training.error.sessionPast"));
            }
        }
        checkOverlaps(problems, sessions);
    }

    /** A stored session kept as it was may lie in the past; a new or moved one may not. */
    private static boolean unchanged(SessionDraft session, Map<Long, SessionView> stored) {
        SessionView before = session.id() == null ? null : stored.get(session.id());
        return before != null && before.date().equals(session.date()) && before.startTime().equals(session.startTime());
    }

    /** Sessions of one cohort may touch (one ends as the next starts) but not overlap. */
    private static void checkOverlaps(Problems problems, List<SessionDraft> sessions) {
        List<Integer> complete = IntStream.range(0, sessions.size()).filter(i -> {
            SessionDraft s = sessions.get(i);
            return s.date() != null && s.startTime() != null && s.endTime() != null
                    && s.endTime().isAfter(s.startTime());
        }).boxed().sorted(Comparator.comparing((Integer i) -> sessions.get(i).date())
                .thenComparing(i -> sessions.get(i).startTime())).toList();
        for (int k = 1; k < complete.size(); k++) {
            SessionDraft before = sessions.get(complete.get(k - 1));
            SessionDraft after = sessions.get(complete.get(k));
            if (before.date().equals(after.date()) && after.startTime().isBefore(before.endTime())) {
                problems.add(FieldProblem.ofSession(complete.get(k), TrainingField.SESSION_START,
                        "training.error.overlap", complete.get(k - 1) + 1));
            }
        }
    }

    /** The problems found so far, at most one per field (and session). */
    private static final class Problems {

        private final List<FieldProblem> list = new ArrayList<>();

        void add(FieldProblem problem) {
            if (list.stream().noneMatch(p -> p.field() == problem.field() && p.index() == problem.index())) {
                list.add(problem);
            }
        }

        void required(TrainingField field, Object value) {
            if (value == null) {
                add(FieldProblem.of(field, "training.error.required"));
            }
        }

        void sessionRequired(int index, TrainingField field, Object value) {
            if (value == null) {
                add(FieldProblem.ofSession(index, field, "training.error.required"));
            }
        }

        void text(TrainingField field, String value, boolean required, int maxLength) {
            if (value == null) {
                if (required) {
                    required(field, null);
                }
            } else if (value.length() > maxLength) {
                add(FieldProblem.of(field, "training.error.tooLong", maxLength));
            } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                add(FieldProblem.of(field, "training.error.controlCharacters"));
            }
        }

        void range(TrainingField field, Integer value, int min, int max, String messageKey) {
            required(field, value);
            if (value != null && (value < min || value > max)) {
                add(FieldProblem.of(field, messageKey, min, max));
            }
        }

        List<FieldProblem> list() {
            return List.copyOf(list);
        }
    }
}
