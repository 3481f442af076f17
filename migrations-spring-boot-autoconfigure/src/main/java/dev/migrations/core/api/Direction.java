package dev.migrations.core.api;

/**
 * Which way a step moves the database.
 */
public enum Direction {

	/** Applies a revision. */
	UPGRADE("upgrade"),

	/** Reverts a revision. */
	DOWNGRADE("downgrade");

	private final String label;

	Direction(String label) {
		this.label = label;
	}

	/**
	 * Returns the lower-case name used in files, tables and JSON.
	 * @return {@code upgrade} or {@code downgrade}
	 */
	public String label() {
		return this.label;
	}

}
