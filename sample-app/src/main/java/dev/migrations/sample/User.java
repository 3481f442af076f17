package dev.migrations.sample;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/**
 * A user account. The mapping matches the revisions exactly, so that {@code ddl-auto=validate} passes and
 * {@code revision --autogenerate} finds nothing to change: the indexes and defaults the revisions create are
 * declared here too.
 */
@Entity
@Table(name = "users", indexes = { @Index(name = "ix_users_id", columnList = "id"),
		@Index(name = "ix_users_email", columnList = "email", unique = true) })
public class User {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	@ColumnDefault("CURRENT_TIMESTAMP")
	private LocalDateTime createdAt;

	@Column(nullable = false)
	@ColumnDefault("CURRENT_TIMESTAMP")
	private LocalDateTime updatedAt;

	protected User() {
	}

	/**
	 * Creates a user with a new id.
	 * @param email the email address
	 */
	public User(String email) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.createdAt = LocalDateTime.now();
		this.updatedAt = this.createdAt;
	}

	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
