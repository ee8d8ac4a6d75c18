package vn.unioncare.casework.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/*
 * Lookups on every user action are written as JPQL: Hibernate keeps the translation of a query string, while a
 * derived query is built as a criteria query and translated again on each call (a tenth of UnionCare's CPU per
 * hardship case in the throughput benchmark's profile).
 */
public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    @Query("select c from CaseFile c where c.processInstanceId = :processInstanceId")
    Optional<CaseFile> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

    @Query("select c from CaseFile c where c.caseNumber = :caseNumber")
    Optional<CaseFile> findByCaseNumber(@Param("caseNumber") String caseNumber);

    /** Only the case number, for the audit trail: no entity to load and to check for changes at the flush. */
    @Query("select c.caseNumber from CaseFile c where c.processInstanceId = :processInstanceId")
    Optional<String> findCaseNumberByProcessInstanceId(@Param("processInstanceId") String processInstanceId);
}
