package vn.unioncare.organisation.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

public interface OrgUnitLinkRepository extends JpaRepository<OrgUnitLink, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from OrgUnitLink l where l.childId = :childId and l.validTo is null")
    Optional<OrgUnitLink> findCurrentForUpdate(@Param("childId") long childId);

    @Query("select l from OrgUnitLink l where l.childId = :childId and l.validTo is null")
    Optional<OrgUnitLink> findCurrent(@Param("childId") long childId);

    @Query("select l from OrgUnitLink l where l.childId in :childIds and l.validTo is null")
    List<OrgUnitLink> findCurrentByChildIds(@Param("childIds") java.util.Collection<Long> childIds);

    @Query("select l from OrgUnitLink l where l.childId = :childId order by l.validFrom")
    List<OrgUnitLink> findHistory(@Param("childId") long childId);
}
