package dev.migrations.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unique constraint (as opposed to a unique {@link Index}, which databases report separately).
 *
 * @param name the constraint name, or {@code null} where the database names it itself
 * @param columns the columns, in order
 */
public record UniqueConstraint(@Nullable String name, List<String> columns) {

	/**
	 * Creates a unique constraint.
	 * @param name the constraint name, or {@code null}
	 * @param columns the columns, at least one
	 */
	public UniqueConstraint {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A unique constraint needs at least one column");
		}
	}

}
