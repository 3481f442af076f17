package dev.migrations.autoconfigure.jpa.enums.appended;

/**
 * The priority of a {@link Ticket} with a constant appended to the first version's.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT

}
