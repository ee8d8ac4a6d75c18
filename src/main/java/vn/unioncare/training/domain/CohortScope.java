package vn.unioncare.training.domain;

import java.util.Set;

/**
 * The cohorts an officer works with, as SQL: every cohort ({@code all}), those organised in the subtrees below
 * {@code subtreeRootIds} or at {@code unitIds} (a coordinator's), and those {@code trainer} trains.
 */
public record CohortScope(boolean all, Set<Long> subtreeRootIds, Set<Long> unitIds, String trainer) {

    public CohortScope {
        subtreeRootIds = Set.copyOf(subtreeRootIds);
        unitIds = Set.copyOf(unitIds);
    }
}
