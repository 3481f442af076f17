package dev.migrations.autoconfigure.jpa.enums;

/**
 * The priority of a {@link Ticket}, a PostgreSQL native enum type.
 */
public enum Priority {

	LOW, NORMAL, HIGH

}
