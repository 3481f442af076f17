package dev.migrations.sample;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrations.core.Migrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} runs the migrations (the starter is listed for {@code @AutoConfigureDataSourceInitialization}),
 * so plain SQL works on the real schema. Subclasses choose the database.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class JdbcSliceTests {

	@Autowired
	private Migrations migrations;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSliceMigratedTheDatabaseToTheHead() {
		assertThat(this.migrations.current()).containsExactly("a41c7e29b5d8");
	}

	@Test
	void plainSqlWorksOnTheMigratedSchema() {
		UUID user = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO users (id, email) VALUES (?, ?)").params(user, "slice@example.com")
			.update();
		this.jdbc.sql("INSERT INTO tasks (user_id, title) VALUES (?, ?)").params(user, "Test the slice")
			.update();
		assertThat(this.jdbc.sql("SELECT title FROM tasks WHERE is_completed = ?").param(false)
			.query(String.class)
			.list()).containsExactly("Test the slice");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(1L);
	}

}
