package vn.unioncare.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.notification.NotificationKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enrolled members hear the schedule when their seat is confirmed and a reminder at 8 o'clock the day before each
 * session (at once, when they enroll later than that but before the session starts).
 */
@Service
@Transactional
public class SessionReminders {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Seats seats;
    private final TrainingCatalogue catalogue;
    private final EnrollmentLookup lookup;
    private final EnrollmentNotices notices;
    private final Clock clock;

    SessionReminders(Seats seats, TrainingCatalogue catalogue, EnrollmentLookup lookup, EnrollmentNotices notices,
                     Clock clock) {
        this.seats = seats;
        this.catalogue = catalogue;
        this.lookup = lookup;
        this.notices = notices;
        this.clock = clock;
    }

    /** Confirms the held seat, sends the schedule and answers the first reminder still to come. */
    public Optional<SessionReminder> confirm(String caseNumber) {
        EnrollmentView enrollment = lookup.enrollment(caseNumber);
        seats.confirm(caseNumber);
        CohortView cohort = lookup.cohort(enrollment);
        List<SessionView> sessions = catalogue.sessions(cohort.id());
        notices.tell(caseNumber, enrollment.memberId(), NotificationKind.TRAINING_ENROLLED, CohortLabels.of(cohort),
                sessions.stream().map(SessionReminders::describe).collect(Collectors.joining("; ")));
        return next(sessions, clock.instant());
    }

    /** Reminds the member of the session and answers the reminder of the session after it, if any. */
    public Optional<SessionReminder> remind(String caseNumber, long sessionId) {
        EnrollmentView enrollment = lookup.enrollment(caseNumber);
        CohortView cohort = lookup.cohort(enrollment);
        List<SessionView> sessions = catalogue.sessions(cohort.id());
        SessionView session = sessions.stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session " + sessionId + " in cohort " + cohort.id()));
        if (enrollment.status() == EnrollmentStatus.CONFIRMED) {
            notices.tell(caseNumber, enrollment.memberId(), NotificationKind.TRAINING_SESSION_TOMORROW,
                    CohortLabels.of(cohort), WHEN.format(session.date().atTime(session.startTime())), session.place());
        }
        return next(sessions, start(session));
    }

    private Optional<SessionReminder> next(List<SessionView> sessions, Instant after) {
        return sessions.stream().filter(s -> start(s).isAfter(after))
                .min(Comparator.comparing(SessionReminders::start))
                .map(s -> new SessionReminder(s.id(), latest(dayBefore(s), clock.instant())));
    }

    private static Instant start(SessionView session) {
        return session.date().atTime(session.startTime()).atZone(HANOI).toInstant();
    }

    private static Instant dayBefore(SessionView session) {
        return session.date().minusDays(1).atTime(REMINDER_TIME).atZone(HANOI).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String describe(SessionView session) {
        return "%s–%s, %s".formatted(WHEN.format(session.date().atTime(session.startTime())),
                session.endTime(), session.place());
    }

}
