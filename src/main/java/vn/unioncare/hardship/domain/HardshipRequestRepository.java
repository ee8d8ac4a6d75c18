package vn.unioncare.hardship.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Lookups made on every user action are JPQL: see {@code casework.domain.CaseFileRepository} for why. */
public interface HardshipRequestRepository extends JpaRepository<HardshipRequest, Long> {

    @Query("select r from HardshipRequest r where r.caseNumber = :caseNumber")
    Optional<HardshipRequest> findByCaseNumber(@Param("caseNumber") String caseNumber);

    @Query("select r from HardshipRequest r where r.processInstanceId = :processInstanceId")
    Optional<HardshipRequest> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);
}
