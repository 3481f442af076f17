package dev.migrations.core.api;

/**
 * Where a database stands against the revision files, from the most severe to the best: what the actuator endpoint
 * and the health indicator report.
 */
public enum DatabaseStatus {

	/**
	 * A non-transactional revision failed part-way, or started and did not finish: the newest history row of some
	 * revision is {@link Outcome#FAILED} or {@link Outcome#STARTED}. No migration runs until an operator repairs the
	 * database and records it with {@code resolve}.
	 */
	FAILED,

	/**
	 * An applied revision's file changed: its checksum differs from the one recorded when it was applied (or
	 * stamped, resolved or accepted).
	 */
	CHECKSUM_MISMATCH,

	/**
	 * The database has revisions the code does not know, and the code has revisions the database never applied: the
	 * database was migrated from another line of development.
	 */
	DIVERGED,

	/**
	 * The database has revisions the code does not know, and every revision of the code is applied: newer code
	 * migrated it.
	 */
	AHEAD,

	/**
	 * Revisions are waiting to be applied.
	 */
	PENDING,

	/**
	 * The database is at the heads of the revision files.
	 */
	UP_TO_DATE

}
