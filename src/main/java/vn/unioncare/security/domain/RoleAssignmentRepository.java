package vn.unioncare.security.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.unioncare.security.OfficerRole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Role assignments name organisation units by id; the unit code (the first half of a candidate group id) is read
 * from the organisation table in the same query, so accounts do not depend on the organisation feature's code.
 */
public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    interface AssignmentWithCode {
        Long getUserId();

        Long getOrgUnitId();

        String getOrgCode();

        String getOrgLevel();

        String getRole();

        Boolean getAppliesToSubtree();
    }

    @Query(value = """
            select ra.user_id as userId, ra.org_unit_id as orgUnitId, o.code as orgCode, o.level as orgLevel, ra.role as role,
                   ra.applies_to_subtree as appliesToSubtree
            from role_assignment ra join org_unit o on o.id = ra.org_unit_id
            where ra.user_id in (:userIds) order by o.code, ra.role
            """, nativeQuery = true)
    List<AssignmentWithCode> findWithCodesByUserIds(@Param("userIds") Collection<Long> userIds);

    @Query(value = "select id from org_unit where code = :code", nativeQuery = true)
    Optional<Long> findOrgUnitIdByCode(@Param("code") String code);

    boolean existsByUserIdAndOrgUnitIdAndRole(long userId, long orgUnitId, OfficerRole role);
}
