package vn.unioncare.jobs;

import java.util.List;

/** A vacancy proposed to a job seeker: its score (0–100 with the default weights) and one reason per criterion. */
public record RankedVacancy(VacancyView vacancy, int score, List<MatchReason> reasons) {

    public RankedVacancy {
        reasons = List.copyOf(reasons);
    }

    public MatchReason reason(MatchCriterion criterion) {
        return reasons.stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
    }
}
