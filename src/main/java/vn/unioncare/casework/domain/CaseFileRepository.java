package vn.unioncare.casework.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByProcessInstanceId(String processInstanceId);

    Optional<CaseFile> findByCaseNumber(String caseNumber);
}
