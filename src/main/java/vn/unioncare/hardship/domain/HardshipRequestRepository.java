package vn.unioncare.hardship.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface HardshipRequestRepository extends JpaRepository<HardshipRequest, Long> {

    Optional<HardshipRequest> findByCaseNumber(String caseNumber);

    Optional<HardshipRequest> findByProcessInstanceId(String processInstanceId);
}
