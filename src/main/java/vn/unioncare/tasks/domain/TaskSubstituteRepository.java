package vn.unioncare.tasks.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

public interface TaskSubstituteRepository extends JpaRepository<TaskSubstitute, Long> {

    @Query("""
            select s from TaskSubstitute s where s.principal = :principal and s.cancelled = false
            and s.validTo >= :from order by s.validFrom""")
    List<TaskSubstitute> currentAndFutureOf(@Param("principal") String principal, @Param("from") LocalDate from);

    @Query("""
            select s from TaskSubstitute s where s.principal = :principal and s.cancelled = false
            and s.validFrom <= :day and s.validTo >= :day""")
    List<TaskSubstitute> activeFor(@Param("principal") String principal, @Param("day") LocalDate day);

    @Query("""
            select s from TaskSubstitute s where s.substitute = :substitute and s.cancelled = false
            and s.validFrom <= :day and s.validTo >= :day order by s.principal""")
    List<TaskSubstitute> coveredBy(@Param("substitute") String substitute, @Param("day") LocalDate day);
}
