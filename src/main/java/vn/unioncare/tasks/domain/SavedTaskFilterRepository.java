package vn.unioncare.tasks.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface SavedTaskFilterRepository extends JpaRepository<SavedTaskFilter, Long> {

    List<SavedTaskFilter> findByUsernameOrderByName(String username);

    Optional<SavedTaskFilter> findByUsernameAndName(String username, String name);

    Optional<SavedTaskFilter> findByIdAndUsername(long id, String username);

    long countByUsername(String username);
}
