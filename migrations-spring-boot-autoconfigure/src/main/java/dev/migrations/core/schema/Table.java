package dev.migrations.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table: its columns in order, and its keys, indexes, foreign keys and checks. Indexes, unique constraints,
 * foreign keys and checks are kept sorted, so that the same table read from two databases compares equal.
 *
 * @param name the table name
 * @param columns the columns, in table order
 * @param primaryKey the primary key, or {@code null}
 * @param uniqueConstraints the unique constraints
 * @param indexes the indexes, not counting those that back the primary key or a unique constraint
 * @param foreignKeys the foreign keys
 * @param checks the check constraints
 * @param comment the table comment, or {@code null}
 */
public record Table(String name, List<Column> columns, @Nullable PrimaryKey primaryKey,
		List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
		List<CheckConstraint> checks, @Nullable String comment) {

	/**
	 * Creates a table, sorting what has no order of its own.
	 * @param name the table name
	 * @param columns the columns, at least one
	 * @param primaryKey the primary key, or {@code null}
	 * @param uniqueConstraints the unique constraints
	 * @param indexes the indexes
	 * @param foreignKeys the foreign keys
	 * @param checks the checks
	 * @param comment the comment, or {@code null}
	 */
	public Table {
		columns = List.copyOf(columns);
		uniqueConstraints = uniqueConstraints.stream()
			.sorted(Comparator.comparing((UniqueConstraint unique) -> String.valueOf(unique.columns())))
			.toList();
		indexes = indexes.stream().sorted(Comparator.comparing((Index index) -> Names.key(index.name()))).toList();
		foreignKeys = foreignKeys.stream()
			.sorted(Comparator.comparing((ForeignKey key) -> key.columns() + " " + key.referencedTable()))
			.toList();
		checks = checks.stream().sorted(Comparator.comparing(CheckConstraint::expression)).toList();
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("Table '" + name + "' needs at least one column");
		}
	}

	/**
	 * Creates a table with columns and a primary key only.
	 * @param name the table name
	 * @param columns the columns
	 * @param primaryKey the primary key, or {@code null}
	 * @return the table
	 */
	public static Table of(String name, List<Column> columns, @Nullable PrimaryKey primaryKey) {
		return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of(), null);
	}

	/**
	 * Finds a column, its name compared as {@link Names#same(String, String)} does.
	 * @param columnName the column name
	 * @return the column, or empty
	 */
	public Optional<Column> column(String columnName) {
		return this.columns.stream().filter((column) -> Names.same(column.name(), columnName)).findFirst();
	}

	/**
	 * Finds an index by name.
	 * @param indexName the index name
	 * @return the index, or empty
	 */
	public Optional<Index> index(String indexName) {
		return this.indexes.stream().filter((index) -> Names.same(index.name(), indexName)).findFirst();
	}

	/**
	 * Returns this table with other columns, everything else kept.
	 * @param newColumns the columns
	 * @return the changed table
	 */
	public Table withColumns(List<Column> newColumns) {
		return new Table(this.name, newColumns, this.primaryKey, this.uniqueConstraints, this.indexes,
				this.foreignKeys, this.checks, this.comment);
	}

	/**
	 * Returns this table with another name, everything else kept.
	 * @param newName the name
	 * @return the renamed table
	 */
	public Table withName(String newName) {
		return new Table(newName, this.columns, this.primaryKey, this.uniqueConstraints, this.indexes,
				this.foreignKeys, this.checks, this.comment);
	}

	/**
	 * Returns this table with other indexes, everything else kept.
	 * @param newIndexes the indexes
	 * @return the changed table
	 */
	public Table withIndexes(List<Index> newIndexes) {
		return new Table(this.name, this.columns, this.primaryKey, this.uniqueConstraints, newIndexes,
				this.foreignKeys, this.checks, this.comment);
	}

	/**
	 * Returns this table with other constraints, columns, name and indexes kept.
	 * @param newPrimaryKey the primary key, or {@code null}
	 * @param newUniques the unique constraints
	 * @param newForeignKeys the foreign keys
	 * @param newChecks the checks
	 * @return the changed table
	 */
	public Table withConstraints(@Nullable PrimaryKey newPrimaryKey, List<UniqueConstraint> newUniques,
			List<ForeignKey> newForeignKeys, List<CheckConstraint> newChecks) {
		return new Table(this.name, this.columns, newPrimaryKey, newUniques, this.indexes, newForeignKeys, newChecks,
				this.comment);
	}

}
