package dev.migrations.autoconfigure.jpa.enums;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A ticket: an enum mapped to a PostgreSQL named enum type ({@code SqlTypes.NAMED_ENUM}), a varchar with a check
 * elsewhere.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

	@Id
	long id;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.NAMED_ENUM)
	Priority priority;

}
