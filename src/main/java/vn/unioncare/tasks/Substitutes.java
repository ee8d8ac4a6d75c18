package vn.unioncare.tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.security.Colleague;
import vn.unioncare.security.Colleagues;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.UnionCareUser;
import vn.unioncare.tasks.domain.TaskSubstitute;
import vn.unioncare.tasks.domain.TaskSubstituteRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Out of office: an officer names a colleague of their union for a period. While it runs, tasks assigned to the
 * officer go to the substitute (the officer stays their owner), and the substitute also sees the officer's union
 * queues, each task marked with on whose behalf it is worked.
 */
@Service
@Transactional(readOnly = true)
public class Substitutes {

    static final int LONGEST_ABSENCE_DAYS = 366;

    private final TaskSubstituteRepository substitutes;
    private final Colleagues colleagues;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Substitutes(TaskSubstituteRepository substitutes, Colleagues colleagues, CurrentUser currentUser,
                       Clock clock) {
        this.substitutes = substitutes;
        this.colleagues = colleagues;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The colleagues I may name: officers of my unions, in any role. */
    public List<Colleague> candidates() {
        UnionCareUser me = currentUser.require();
        return colleagues.sameUnion(TaskQueues.groupsOf(me)).stream()
                .filter(c -> !c.username().equals(me.getUsername())).toList();
    }

    @Transactional
    public Substitution name(String substitute, LocalDate from, LocalDate to) {
        UnionCareUser me = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        if (from == null || to == null || to.isBefore(from)) {
            throw new TaskActionException("substitutes.error.period", 400, me.getUsername());
        }
        if (to.isBefore(today) || from.plusDays(LONGEST_ABSENCE_DAYS).isBefore(to)) {
            throw new TaskActionException("substitutes.error.period", 400, me.getUsername());
        }
        if (candidates().stream().noneMatch(c -> c.username().equals(substitute))) {
            throw new TaskActionException("substitutes.error.notColleague", 400, substitute);
        }
        boolean overlaps = substitutes.currentAndFutureOf(me.getUsername(), today).stream()
                .map(TaskSubstitute::toView).anyMatch(s -> !s.to().isBefore(from) && !s.from().isAfter(to));
        if (overlaps) {
            throw new TaskActionException("substitutes.error.overlap", 409, me.getUsername());
        }
        return substitutes.save(new TaskSubstitute(me.getUsername(), substitute, from, to, clock.instant())).toView();
    }

    @Transactional
    public void cancel(long id) {
        String me = currentUser.require().getUsername();
        substitutes.findById(id).filter(s -> s.principal().equals(me))
                .orElseThrow(() -> new TaskActionException("error.notFoundOrNoAccess", 404, String.valueOf(id)))
                .cancel();
    }

    /** My absences that have not ended yet. */
    public List<Substitution> mine() {
        return substitutes.currentAndFutureOf(currentUser.require().getUsername(), LocalDate.now(clock)).stream()
                .map(TaskSubstitute::toView).toList();
    }

    /** Who stands in for this officer today, if anybody. */
    public Optional<String> substituteOf(String principal) {
        return substitutes.activeFor(principal, LocalDate.now(clock)).stream().findFirst()
                .map(s -> s.toView().substitute());
    }

    /** The officers I stand in for today. */
    List<String> coveredBy(String substitute) {
        return substitutes.coveredBy(substitute, LocalDate.now(clock)).stream()
                .map(s -> s.toView().principal()).distinct().toList();
    }
}
