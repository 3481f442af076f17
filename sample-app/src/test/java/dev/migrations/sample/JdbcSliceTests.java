package dev.migrations.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrations.core.Migrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} runs the migrations (the starter is listed for {@code @AutoConfigureDataSourceInitialization}),
 * so a repository test works on the real schema. Subclasses choose the database.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TaskRepository.class)
abstract class JdbcSliceTests {

	@Autowired
	private Migrations migrations;

	@Autowired
	private TaskRepository repository;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSliceMigratedTheDatabaseToTheHead() {
		assertThat(this.migrations.current()).containsExactly("a41c7e29b5d8");
	}

	@Test
	void aRepositoryWorksOnTheMigratedSchema() {
		User user = this.repository.createUser("slice@example.com");
		Task task = this.repository.createTask(user.id(), "Test the slice", null, null);
		assertThat(this.repository.tasks(user.id())).containsExactly(task);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE id = ?").param(user.id())
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThat(this.repository.findUser(UUID.randomUUID())).isEmpty();
	}

}
