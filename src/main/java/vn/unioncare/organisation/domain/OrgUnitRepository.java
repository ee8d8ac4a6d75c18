package vn.unioncare.organisation.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Lookups made on every user action are JPQL: see {@code casework.domain.CaseFileRepository} for why. */
public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    @Query("select u from OrgUnit u where u.code = :code")
    Optional<OrgUnit> findByCode(@Param("code") String code);

    @Query(value = """
            select u from OrgUnit u
            where (:namePrefix is null or u.nameSearch like :namePrefix escape '\\' or lower(u.code) like :namePrefix escape '\\')
            and exists (select 1 from OrgUnitClosure c where c.ancestorId = :rootId and c.descendantId = u.id)
            """)
    Page<OrgUnit> searchInSubtree(@Param("rootId") long rootId, @Param("namePrefix") String namePrefix, Pageable page);

    /** Units of one level whose name or code contains the text (already folded and LIKE-escaped, with wildcards). */
    @Query(value = """
            select u from OrgUnit u
            where u.level = :level
            and (:pattern is null or u.nameSearch like :pattern escape '\\' or lower(u.code) like :pattern escape '\\')
            order by u.nameSearch
            """)
    Page<OrgUnit> searchAtLevel(@Param("level") vn.unioncare.organisation.OrgLevel level,
                                @Param("pattern") String pattern, Pageable page);

    @Query("select u from OrgUnit u where u.id in (select l.childId from OrgUnitLink l where l.parentId = :parentId and l.validTo is null)")
    Page<OrgUnit> findCurrentChildren(@Param("parentId") long parentId, Pageable page);

    @Query("select u from OrgUnit u where not exists (select 1 from OrgUnitLink l where l.childId = u.id) order by u.code")
    java.util.List<OrgUnit> findRoots();

    @Query("select count(l) from OrgUnitLink l where l.parentId = :parentId and l.validTo is null")
    long countCurrentChildren(@Param("parentId") long parentId);

    @Query("""
            select u from OrgUnit u join OrgUnitClosure c on c.ancestorId = u.id
            where c.descendantId = :unitId order by c.distance
            """)
    java.util.List<OrgUnit> findAncestorsNearestFirst(@Param("unitId") long unitId);
}
