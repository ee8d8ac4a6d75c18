package vn.unioncare.jobs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.common.SearchText;
import vn.unioncare.jobs.domain.VacancyCandidates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the vacancies taking applications for a job seeker. The database picks the candidates (of the desired
 * occupation or sharing a skill; see {@link VacancyCandidates}), Java scores them with {@link MatchingWeights} and
 * explains each score. Ties go to the desired occupation, then the sooner closing date, then the higher salary, then
 * the older vacancy, so the same data always gives the same order.
 * <p>
 * No user check: open vacancies are readable by everybody signed in, and the job-referral process ranks on its own.
 */
@Service
@Transactional(readOnly = true)
public class VacancyMatching {

    private static final int MAX_LIMIT = 100;

    private final VacancyCandidates candidates;
    private final MatchingWeights weights;
    private final Clock clock;

    VacancyMatching(VacancyCandidates candidates, MatchingWeights weights, Clock clock) {
        this.candidates = candidates;
        this.weights = weights;
        this.clock = clock;
    }

    /** At most {@code limit} (1–100) vacancies, best first; none when the profile names no occupation or skill. */
    public List<RankedVacancy> rank(JobSeekerProfile profile, int limit) {
        String occupation = profile.desiredOccupation() == null || profile.desiredOccupation().isBlank() ? null
                : profile.desiredOccupation().strip();
        LocalDate today = LocalDate.now(clock);
        VacancyScorer scorer = new VacancyScorer(profile, weights, today);
        if (occupation == null && scorer.skillKeys().isEmpty()) {
            return List.of();
        }
        List<VacancyView> found = candidates.find(occupation, occupation == null ? null : SearchText.fold(occupation),
                scorer.skillKeys(), scorer.locationKey(), today, weights.candidates);
        Comparator<RankedVacancy> order = Comparator.comparingInt(RankedVacancy::score).reversed()
                .thenComparing(r -> !scorer.sameOccupation(r.vacancy()))
                .thenComparing(r -> r.vacancy().closingDate())
                .thenComparing(r -> topSalary(r.vacancy()), Comparator.reverseOrder())
                .thenComparingLong(r -> r.vacancy().id());
        return found.stream().filter(v -> v.takesApplications(today)).map(scorer::score).sorted(order)
                .limit(Math.max(1, Math.min(limit, MAX_LIMIT))).toList();
    }

    private static long topSalary(VacancyView vacancy) {
        Long top = vacancy.salaryMax() != null ? vacancy.salaryMax() : vacancy.salaryMin();
        return top == null ? -1 : top;
    }
}
