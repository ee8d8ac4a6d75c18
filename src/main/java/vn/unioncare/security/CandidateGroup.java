package vn.unioncare.security;

import java.util.Optional;

/**
 * A Camunda candidate group naming an organisation unit and a role: {@code <orgCode>:<role>},
 * e.g. {@code TH-NGUYEN-DU:chair}. BPMN user tasks use these ids in {@code camunda:candidateGroups}.
 */
public record CandidateGroup(String orgCode, OfficerRole role) {

    /** Members of this group administer Camunda's web apps. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String DESIGNERS = "designers";

    public String id() {
        return orgCode + ":" + role.groupPart();
    }

    public static Optional<CandidateGroup> parse(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        int colon = groupId.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return OfficerRole.fromGroupPart(groupId.substring(colon + 1))
                .map(role -> new CandidateGroup(groupId.substring(0, colon), role));
    }

    @Override
    public String toString() {
        return id();
    }
}
