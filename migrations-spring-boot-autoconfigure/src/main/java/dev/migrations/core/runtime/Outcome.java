package dev.migrations.core.runtime;

/**
 * How a recorded step ended.
 */
public enum Outcome {

	/** The step ran to the end and its version rows were written. */
	SUCCESS,

	/** A non-transactional step failed part-way; the database needs attention. */
	FAILED,

	/** A non-transactional step started and has not finished (or its process died). */
	STARTED,

	/**
	 * A {@code stamp} added (direction upgrade) or removed (direction downgrade) this version row without running
	 * any SQL.
	 */
	STAMPED

}
