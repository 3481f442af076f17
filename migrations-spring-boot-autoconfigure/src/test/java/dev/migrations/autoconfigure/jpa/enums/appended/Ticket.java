package dev.migrations.autoconfigure.jpa.enums.appended;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The ticket of the first version, its priority enum with a constant appended.
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
