package vn.unioncare.training;

import java.util.List;

/** Published in the transaction that finishes a cohort, with the result of every confirmed member. */
public record CohortFinished(long cohortId, List<CohortResult> results) {

    public CohortFinished {
        results = List.copyOf(results);
    }
}
