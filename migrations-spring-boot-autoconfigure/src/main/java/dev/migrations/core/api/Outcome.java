package dev.migrations.core.api;

/**
 * How a recorded step ended, or what an operator decided about it. The names fit the history table's
 * {@code outcome} column (at most 10 characters).
 */
public enum Outcome {

	/** The step ran to the end and its version rows were written. */
	SUCCESS,

	/**
	 * A non-transactional step failed part-way, or its process died; the database needs attention and further
	 * migrations wait until the step is resolved.
	 */
	FAILED,

	/**
	 * A non-transactional step started and has not finished. Found by the next process that holds the migration lock,
	 * it means the process running it died: that process turns it into {@link #FAILED}, with no finish time.
	 */
	STARTED,

	/** An operator repaired a failed step by hand and marked it applied ({@code resolve REV --applied}); nothing ran. */
	RESOLVED,

	/**
	 * An operator undid a failed step's partial changes by hand and marked it not applied
	 * ({@code resolve REV --not-applied}); nothing ran, and the next upgrade runs it again.
	 */
	DISCARDED,

	/** An operator accepted the edited file of an applied revision ({@code accept-checksum REV}); nothing ran. */
	ACCEPTED,

	/**
	 * A {@code stamp} added (direction upgrade) or removed (direction downgrade) this version row without running
	 * any SQL.
	 */
	STAMPED;

	/**
	 * Returns whether a revision whose last history row has this outcome waits to be resolved.
	 * @return {@code true} for {@link #FAILED} and {@link #STARTED}
	 */
	public boolean unfinished() {
		return this == FAILED || this == STARTED;
	}

}
