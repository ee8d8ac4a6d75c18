package vn.unioncare.safety.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

public interface SafetyReportRepository extends JpaRepository<SafetyReport, Long> {

    Optional<SafetyReport> findByCaseNumber(String caseNumber);

    /** Incidents (not hazards) at an employer that occurred in a period, for the third-incident alert. */
    @Query("select count(r) from SafetyReport r where r.employerKey = :employerKey and r.reportType <> 'hazard'"
            + " and r.occurredAt >= :from and r.occurredAt < :to")
    long countIncidentsAtEmployer(@Param("employerKey") String employerKey, @Param("from") Instant from,
                                  @Param("to") Instant to);
}
