package vn.unioncare.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.unioncare.security.OfficerRole;

@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfficerRole role;

    @Column(name = "applies_to_subtree", nullable = false)
    private boolean appliesToSubtree;

    protected RoleAssignment() {
    }

    public RoleAssignment(Long userId, Long orgUnitId, OfficerRole role, boolean appliesToSubtree) {
        this.userId = userId;
        this.orgUnitId = orgUnitId;
        this.role = role;
        this.appliesToSubtree = appliesToSubtree;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public OfficerRole getRole() {
        return role;
    }

    public boolean isAppliesToSubtree() {
        return appliesToSubtree;
    }
}
