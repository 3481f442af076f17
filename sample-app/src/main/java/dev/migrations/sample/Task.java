package dev.migrations.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.jspecify.annotations.Nullable;

/**
 * A task of a user. Its id is an {@code Integer}: the revisions create a {@code SERIAL} (PostgreSQL) and an
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} (SQLite), both 32-bit. The foreign key has the name PostgreSQL gives
 * the revision's unnamed one.
 */
@Entity
@Table(name = "tasks", indexes = @Index(name = "ix_tasks_user_id", columnList = "user_id"))
public class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "tasks_user_id_fkey"))
	@JsonIgnore
	private User user;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(length = 5000)
	private @Nullable String description;

	@Column(name = "is_completed", nullable = false)
	@ColumnDefault("FALSE")
	private boolean completed;

	@Column(nullable = false)
	@ColumnDefault("CURRENT_TIMESTAMP")
	private LocalDateTime createdAt;

	@Column(nullable = false)
	@ColumnDefault("CURRENT_TIMESTAMP")
	private LocalDateTime updatedAt;

	private @Nullable LocalDate dueDate;

	protected Task() {
	}

	/**
	 * Creates a task, not done.
	 * @param user the owner
	 * @param title the title
	 * @param description the details, if any
	 * @param dueDate when it is due, if ever
	 */
	public Task(User user, String title, @Nullable String description, @Nullable LocalDate dueDate) {
		this.user = user;
		this.title = title;
		this.description = description;
		this.dueDate = dueDate;
		this.createdAt = LocalDateTime.now();
		this.updatedAt = this.createdAt;
	}

	public Integer getId() {
		return this.id;
	}

	public UUID getUserId() {
		return this.user.getId();
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public boolean isCompleted() {
		return this.completed;
	}

	public @Nullable LocalDate getDueDate() {
		return this.dueDate;
	}

	/**
	 * Marks the task done or not.
	 * @param done whether it is done
	 */
	public void complete(boolean done) {
		this.completed = done;
		this.updatedAt = LocalDateTime.now();
	}

}
