package dev.migrations.sample;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Users, with Spring Data JPA.
 */
public interface UserRepository extends JpaRepository<User, UUID> {

	boolean existsByEmail(String email);

	List<User> findAllByOrderByCreatedAtAscEmailAsc();

}
