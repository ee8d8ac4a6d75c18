package vn.unioncare.security.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.unioncare.security.SystemRole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Lookups made on every user action are JPQL: see {@code casework.domain.CaseFileRepository} for why. */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> findByUsername(@Param("username") String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select u from AppUser u where u.memberId = :memberId")
    Optional<AppUser> findByMemberId(@Param("memberId") long memberId);

    List<AppUser> findByDemoAccountTrueAndEnabledTrue();

    boolean existsByUsernameAndEnabledTrue(String username);

    @Query("select u from AppUser u where :role member of u.systemRoles")
    List<AppUser> findBySystemRole(@Param("role") SystemRole role);

    @Query("select count(u) from AppUser u where :role member of u.systemRoles and u.enabled = true")
    long countEnabledWithSystemRole(@Param("role") SystemRole role);

    @Query("""
            select u from AppUser u
            where (:usernamePrefix is null or lower(u.username) like :usernamePrefix escape '\\')
            """)
    Page<AppUser> search(@Param("usernamePrefix") String usernamePrefix, Pageable page);

    @Query("""
            select distinct u from AppUser u, RoleAssignment a
            where a.userId = u.id and a.orgUnitId = :orgUnitId and a.role = :role
            """)
    List<AppUser> findByAssignment(@Param("orgUnitId") long orgUnitId, @Param("role") vn.unioncare.security.OfficerRole role);
}
