package dev.migrations.core.schema.inspect;

import java.util.List;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * What JDBC metadata describes of a table, for comparing the generic reader with the dedicated ones: no checks, no
 * collations, no constraint names, no partial index predicates, and unique constraints seen as unique indexes. The
 * SQLite driver reports {@code DECIMAL(5,2)} with a size of 7 and no index column order, so with it decimals are
 * compared by kind only and index columns without {@code DESC}.
 */
final class MetadataView {

	private MetadataView() {
	}

	// The view of a table; unique indexes with the columns of one of the reference's unique constraints are left out.
	static Table of(Table table, Table reference, boolean exact) {
		List<Column> columns = table.columns()
			.stream()
			.map((column) -> new Column(column.name(), type(column.type(), exact), column.nullable(),
					column.defaultSql(),
					column.autoIncrement(), null, column.comment()))
			.toList();
		PrimaryKey primaryKey = (table.primaryKey() != null) ? new PrimaryKey(null, table.primaryKey().columns())
				: null;
		List<List<String>> uniques = reference.uniqueConstraints().stream().map(UniqueConstraint::columns).toList();
		List<Index> indexes = table.indexes()
			.stream()
			.filter((index) -> !(index.unique() && uniques.contains(index.columns())))
			.map((index) -> new Index(index.name(),
					exact ? index.columns() : index.columns().stream().map((c) -> c.replace(" DESC", "")).toList(),
					index.unique(), null))
			.toList();
		List<ForeignKey> foreignKeys = table.foreignKeys()
			.stream()
			.map((key) -> new ForeignKey(null, key.columns(), key.referencedTable(), key.referencedColumns(),
					key.onDelete(), key.onUpdate()))
			.toList();
		return new Table(table.name(), columns, primaryKey, List.of(), indexes, foreignKeys, List.of(),
				table.comment());
	}

	private static ColumnType type(ColumnType type, boolean exact) {
		return (type.kind() == Kind.DECIMAL && !exact) ? ColumnType.of(Kind.DECIMAL) : type;
	}

}
