package dev.migrations.autoconfigure.jpa.entities;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Comment;

/**
 * A customer: identity key, camelCase fields, a unique column, a named unique constraint, an index, an enum, an
 * embeddable and comments.
 */
@Entity
@Table(name = "customers", indexes = @Index(name = "ix_customers_last_name", columnList = "lastName"),
		uniqueConstraints = @UniqueConstraint(name = "uq_customers_name", columnNames = { "firstName", "lastName" }))
@Comment("People who buy")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(nullable = false, length = 80)
	String firstName;

	@Column(nullable = false, length = 80)
	String lastName;

	@Column(unique = true, nullable = false)
	@Comment("Where receipts go")
	String emailAddress;

	@Column(precision = 12, scale = 2)
	BigDecimal creditLimit;

	boolean active;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	Status status;

	LocalDateTime createdAt;

	OffsetDateTime lastSeenAt;

	@Column(name = "DisplayName")
	String displayName;

	@Embedded
	Address homeAddress;

	/**
	 * A customer's standing.
	 */
	public enum Status {

		/** May order. */
		ACTIVE,
		/** May not. */
		BLOCKED

	}

}
