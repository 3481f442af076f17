package dev.migrations.sample;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes users and tasks with plain SQL that runs unchanged on SQLite and PostgreSQL.
 */
@Repository
public class TaskRepository {

	private static final String TASK_COLUMNS = "SELECT id, user_id, title, description, is_completed, due_date FROM tasks";

	private final JdbcClient jdbc;

	public TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public User createUser(String email) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO users (id, email) VALUES (?, ?)").params(id, email).update();
		return findUser(id).orElseThrow();
	}

	public boolean emailTaken(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?").param(email).query(Long.class).single() > 0;
	}

	public List<User> users() {
		return this.jdbc.sql("SELECT id, email, created_at FROM users ORDER BY created_at, email")
			.query(TaskRepository::user)
			.list();
	}

	public Optional<User> findUser(UUID id) {
		return this.jdbc.sql("SELECT id, email, created_at FROM users WHERE id = ?").param(id)
			.query(TaskRepository::user)
			.optional();
	}

	public Task createTask(UUID userId, String title, @Nullable String description, @Nullable LocalDate dueDate) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO tasks (user_id, title, description, due_date) VALUES (?, ?, ?, ?)")
			.params(userId, title, description, dueDate)
			.update(keys, "id");
		return findTask(keys.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	public List<Task> tasks(UUID userId) {
		return this.jdbc.sql(TASK_COLUMNS + " WHERE user_id = ? ORDER BY id").param(userId)
			.query(TaskRepository::task)
			.list();
	}

	public Optional<Task> findTask(long id) {
		return this.jdbc.sql(TASK_COLUMNS + " WHERE id = ?").param(id).query(TaskRepository::task).optional();
	}

	public boolean complete(long id, boolean completed) {
		return this.jdbc.sql("UPDATE tasks SET is_completed = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
			.params(completed, id)
			.update() == 1;
	}

	private static User user(ResultSet result, int row) throws SQLException {
		Timestamp created = result.getTimestamp("created_at");
		return new User(UUID.fromString(result.getString("id")), result.getString("email"),
				(created != null) ? created.toLocalDateTime() : LocalDateTime.MIN);
	}

	private static Task task(ResultSet result, int row) throws SQLException {
		String due = result.getString("due_date");
		return new Task(result.getLong("id"), UUID.fromString(result.getString("user_id")), result.getString("title"),
				result.getString("description"), result.getBoolean("is_completed"),
				(due != null) ? LocalDate.parse(due.substring(0, 10)) : null);
	}

}
