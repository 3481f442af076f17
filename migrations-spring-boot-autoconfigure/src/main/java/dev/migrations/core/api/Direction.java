package dev.migrations.core.api;

import java.util.Locale;

/**
 * Which way a step moves the database.
 */
public enum Direction {

	/** Applies a revision. */
	UPGRADE,

	/** Reverts a revision. */
	DOWNGRADE;

	/**
	 * Returns the lower-case name used in files, tables and JSON.
	 * @return {@code upgrade} or {@code downgrade}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
