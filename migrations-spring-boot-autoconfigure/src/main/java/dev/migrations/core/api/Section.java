package dev.migrations.core.api;

import org.jspecify.annotations.Nullable;

/**
 * The text below one {@code -- migrations:upgrade} or {@code -- migrations:downgrade} marker: SQL, or the portable
 * operations of a {@code -- migrations:operations} section.
 *
 * @param direction which way the section moves the database
 * @param dialect the only dialect this SQL is for, or {@code null} for every dialect
 * @param firstLine the file line of the first line, to report errors at file lines
 * @param sql the SQL text, or the operations' text
 * @param operations whether the text is portable operations rather than SQL
 */
public record Section(Direction direction, @Nullable String dialect, int firstLine, String sql, boolean operations) {

	/**
	 * Creates an SQL section.
	 * @param direction which way the SQL moves the database
	 * @param dialect the only dialect this SQL is for, or {@code null}
	 * @param firstLine the file line of the first SQL line
	 * @param sql the SQL text
	 */
	public Section(Direction direction, @Nullable String dialect, int firstLine, String sql) {
		this(direction, dialect, firstLine, sql, false);
	}

	/**
	 * Whether this section runs on the given dialect.
	 * @param dialectName the dialect name
	 * @return {@code true} for a section of that dialect or of every dialect
	 */
	public boolean appliesTo(String dialectName) {
		return this.dialect == null || this.dialect.equals(dialectName);
	}

}
