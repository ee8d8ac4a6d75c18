package vn.unioncare.training;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.CaseAccess;
import vn.unioncare.casework.CaseStarter;
import vn.unioncare.casework.StartedCase;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.OfficerRole;
import vn.unioncare.security.UnionCareUser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What members and officers do with enrollments. Every enrollment starts the {@code training-enrollment} process
 * through the validated start form, as any other case does: a member enrolls themself; a grassroots officer nominates
 * members of their union (one case each, all or none); the member or an officer who sees the case cancels it, which
 * the process handles (the seat goes to the first waitlisted member).
 */
@Service
public class Enrollments {

    public static final String PROCESS_KEY = "training-enrollment";
    static final int MAX_NOMINATIONS = 100;
    private static final Set<EnrollmentStatus> CANCELLABLE = EnumSet.of(EnrollmentStatus.SEAT_HELD,
            EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED);

    private final CaseStarter starter;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final Seats seats;
    private final TrainingCatalogue catalogue;
    private final EnrollmentMessages messages;

    Enrollments(CaseStarter starter, CaseAccess caseAccess, CurrentUser currentUser, Seats seats,
                TrainingCatalogue catalogue, EnrollmentMessages messages) {
        this.starter = starter;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.seats = seats;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The signed-in member enrolls in a cohort. */
    public StartedCase enroll(long cohortId, String motivation) {
        Map<String, Object> form = new HashMap<>();
        form.put("cohortId", String.valueOf(cohortId));
        if (motivation != null && !motivation.isBlank()) {
            form.put("motivation", motivation);
        }
        return starter.start(PROCESS_KEY, form);
    }

    /**
     * A grassroots chair or case officer nominates members of their union; each member must be one the officer may
     * act for (the start form's member check), or no case is opened at all.
     */
    @Transactional
    public Nomination nominate(long cohortId, List<Long> memberIds) {
        UnionCareUser officer = currentUser.require();
        boolean mayNominate = officer.assignments().stream().anyMatch(a -> a.role() == OfficerRole.CHAIR
                || a.role() == OfficerRole.CASE_OFFICER);
        if (!mayNominate) {
            throw new TrainingException("training.error.mayNotNominate", 403, officer.getUsername());
        }
        Set<Long> distinct = new LinkedHashSet<>(memberIds);
        if (distinct.isEmpty() || distinct.size() > MAX_NOMINATIONS) {
            throw new TrainingException("training.error.nominationSize", 422, String.valueOf(distinct.size()),
                    MAX_NOMINATIONS);
        }
        catalogue.cohort(cohortId).filter(c -> catalogue.takesEnrollments(c))
                .orElseThrow(() -> new TrainingException("training.error.cohortClosed", 409, "cohort " + cohortId));
        List<StartedCase> cases = new ArrayList<>();
        for (long memberId : distinct) {
            cases.add(starter.start(PROCESS_KEY, Map.of("cohortId", String.valueOf(cohortId),
                    "memberId", String.valueOf(memberId))));
        }
        return new Nomination(cohortId, cases);
    }

    /** The enrollment behind a case the signed-in person may see. */
    @Transactional(readOnly = true)
    public Optional<EnrollmentView> enrollment(String caseNumber) {
        return caseAccess.visible(caseNumber).flatMap(c -> seats.enrollment(c.caseNumber()));
    }

    /** Whether the case's enrollment can still be cancelled (held, confirmed or waitlisted). */
    @Transactional(readOnly = true)
    public boolean cancellable(String caseNumber) {
        return enrollment(caseNumber).map(e -> CANCELLABLE.contains(e.status())).orElse(false);
    }

    /** Cancels the enrollment of a case the signed-in member or officer sees; the process gives the seat back. */
    @Transactional
    public void cancel(String caseNumber) {
        caseAccess.require(caseNumber);
        EnrollmentView enrollment = seats.enrollment(caseNumber)
                .orElseThrow(() -> TrainingException.notFoundOrNoAccess("enrollment " + caseNumber));
        if (!CANCELLABLE.contains(enrollment.status())) {
            throw TrainingException.wrongState("enrollment " + caseNumber, enrollment.status());
        }
        messages.send(EnrollmentMessages.CANCELLED, enrollment.processInstanceId(), Map.of());
    }
}
