package dev.migrations.core.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key.
 *
 * @param name the constraint name, or {@code null} where the database names it itself
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete what happens when the referenced row is deleted
 * @param onUpdate what happens when the referenced key is updated
 */
public record ForeignKey(@Nullable String name, List<String> columns, String referencedTable,
		List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {

	/**
	 * Creates a foreign key.
	 * @param name the constraint name, or {@code null}
	 * @param columns the referencing columns, at least one
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns, as many as {@code columns}
	 * @param onDelete the delete action
	 * @param onUpdate the update action
	 */
	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
		if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
			throw new IllegalArgumentException("Foreign key " + ((name != null) ? "'" + name + "' " : "") + "from "
					+ columns + " to " + referencedTable + referencedColumns
					+ " needs as many referenced columns as columns, at least one");
		}
	}

}
