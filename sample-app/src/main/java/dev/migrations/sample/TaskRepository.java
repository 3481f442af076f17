package dev.migrations.sample;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Tasks, with Spring Data JPA.
 */
public interface TaskRepository extends JpaRepository<Task, Integer> {

	List<Task> findByUser_IdOrderByIdAsc(UUID userId);

}
