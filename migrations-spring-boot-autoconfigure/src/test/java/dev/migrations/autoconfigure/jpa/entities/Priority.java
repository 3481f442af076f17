package dev.migrations.autoconfigure.jpa.entities;

/**
 * The priority of a {@link Ticket}, a PostgreSQL native enum type.
 */
public enum Priority {

	LOW, NORMAL, HIGH

}
