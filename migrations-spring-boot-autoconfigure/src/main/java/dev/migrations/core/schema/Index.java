package dev.migrations.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An index.
 *
 * @param name the index name
 * @param columns the indexed columns or, for an expression index, the expressions as SQL, in order
 * @param unique whether the index is unique
 * @param where the predicate of a partial index as SQL, or {@code null}
 */
public record Index(String name, List<String> columns, boolean unique, @Nullable String where) {

	/**
	 * Creates an index.
	 * @param name the index name
	 * @param columns the columns or expressions, at least one
	 * @param unique whether it is unique
	 * @param where the partial index predicate, or {@code null}
	 */
	public Index {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("Index '" + name + "' needs at least one column");
		}
	}

}
