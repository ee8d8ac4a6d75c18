package vn.unioncare.training;

import vn.unioncare.casework.StartedCase;

import java.util.List;

/** The cases a nomination opened, one per member, in the order the members were given. */
public record Nomination(long cohortId, List<StartedCase> cases) {

    public Nomination {
        cases = List.copyOf(cases);
    }
}
