package dev.migrations.core.schema.inspect;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Names;

/**
 * What SQLite's pragmas do not report about a table, read from its {@code CREATE TABLE} statement by
 * {@link SqliteDdlParser}: constraint names, checks, collations, defaults as written and {@code AUTOINCREMENT}.
 *
 * @param name the table name
 * @param columns the columns, by {@link Names#key(String) name key}
 * @param primaryKeyName the name of the primary key constraint, or {@code null}
 * @param uniques the unique constraints, with their names where they have one
 * @param foreignKeys the foreign keys, with their names where they have one
 * @param checks the check constraints, named and unnamed, column checks included
 */
record SqliteTableDdl(String name, Map<String, ColumnDdl> columns, @Nullable String primaryKeyName,
		List<Constraint> uniques, List<Constraint> foreignKeys, List<CheckConstraint> checks) {

	/**
	 * What the statement says about one column.
	 *
	 * @param name the column name
	 * @param collation the collation, or {@code null}
	 * @param defaultSql the default expression as written, parentheses included, or {@code null}
	 * @param autoIncrement whether it is declared {@code AUTOINCREMENT}
	 */
	record ColumnDdl(String name, @Nullable String collation, @Nullable String defaultSql, boolean autoIncrement) {

	}

	/**
	 * A unique constraint or foreign key, with its name, for matching the one a pragma reports.
	 *
	 * @param name the constraint name, or {@code null}
	 * @param columns the constrained columns
	 * @param referencedTable the referenced table of a foreign key, or {@code null}
	 */
	record Constraint(@Nullable String name, List<String> columns, @Nullable String referencedTable) {

		boolean matches(List<String> otherColumns, @Nullable String otherTable) {
			if (otherColumns.size() != this.columns.size()) {
				return false;
			}
			for (int i = 0; i < otherColumns.size(); i++) {
				if (!Names.same(otherColumns.get(i), this.columns.get(i))) {
					return false;
				}
			}
			return this.referencedTable == null || otherTable == null || Names.same(this.referencedTable, otherTable);
		}

	}

	@Nullable ColumnDdl column(String columnName) {
		return this.columns.get(Names.key(columnName));
	}

	@Nullable String uniqueName(List<String> columnNames) {
		return nameOf(this.uniques, columnNames, null);
	}

	@Nullable String foreignKeyName(List<String> columnNames, String referencedTable) {
		return nameOf(this.foreignKeys, columnNames, referencedTable);
	}

	private static @Nullable String nameOf(List<Constraint> constraints, List<String> columnNames,
			@Nullable String referencedTable) {
		for (Constraint constraint : constraints) {
			if (constraint.matches(columnNames, referencedTable)) {
				return constraint.name();
			}
		}
		return null;
	}

}
