package vn.unioncare.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.security.domain.ColleagueQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Who work can be handed to: officers of the same union and role, or of the same union in any role. */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final ColleagueQuery query;

    public Colleagues(ColleagueQuery query) {
        this.query = query;
    }

    /** Holders of one of these candidate groups (same union, same role). */
    public List<Colleague> sameRole(Collection<String> candidateGroups) {
        return query.holders(parse(candidateGroups), false);
    }

    /** Officers of the unions these candidate groups name, whatever their role. */
    public List<Colleague> sameUnion(Collection<String> candidateGroups) {
        return query.holders(parse(candidateGroups), true);
    }

    private static List<CandidateGroup> parse(Collection<String> candidateGroups) {
        return candidateGroups.stream().map(CandidateGroup::parse).flatMap(Optional::stream).toList();
    }
}
