package dev.migrations.core.api;

import org.jspecify.annotations.Nullable;

/**
 * The SQL below one {@code -- migrations:upgrade} or {@code -- migrations:downgrade} marker.
 *
 * @param direction which way the SQL moves the database
 * @param dialect the only dialect this SQL is for, or {@code null} for every dialect
 * @param firstLine the file line of the first SQL line, to report errors at file lines
 * @param sql the SQL text
 */
public record Section(Direction direction, @Nullable String dialect, int firstLine, String sql) {

	/**
	 * Whether this section runs on the given dialect.
	 * @param dialectName the dialect name
	 * @return {@code true} for a section of that dialect or of every dialect
	 */
	public boolean appliesTo(String dialectName) {
		return this.dialect == null || this.dialect.equals(dialectName);
	}

}
