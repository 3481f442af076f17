package dev.migrations.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table's primary key.
 *
 * @param name the constraint name, or {@code null} where the database names it itself
 * @param columns the key columns, in key order
 */
public record PrimaryKey(@Nullable String name, List<String> columns) {

	/**
	 * Creates a primary key.
	 * @param name the constraint name, or {@code null}
	 * @param columns the key columns, at least one
	 */
	public PrimaryKey {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A primary key needs at least one column");
		}
	}

}
