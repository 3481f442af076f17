package dev.migrations.core.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Hand-built schema models for the autogenerate tests: users and tasks, the way an application declares them, and
 * the edits a model change makes.
 */
final class Models {

	private Models() {
	}

	static SchemaModel of(Schema schema, String... excluded) {
		return new SchemaModel() {

			@Override
			public Schema schema(String dialect) {
				return schema;
			}

			@Override
			public String description() {
				return "the test model";
			}

			@Override
			public Set<String> excludedTables() {
				return Set.of(excluded);
			}

		};
	}

	static Column id() {
		return new Column("id", ColumnType.of(Kind.BIGINT), false, null, true, null, null);
	}

	static Table users() {
		return new Table("users", List.of(id(), Column.of("email", ColumnType.varchar(120), false),
				Column.of("name", ColumnType.varchar(80), true),
				new Column("score", ColumnType.decimal(10, 2), true, "0", false, null, null),
				new Column("active", ColumnType.of(Kind.BOOLEAN), false, "true", false, null, null)),
				new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint(null, List.of("email"))),
				List.of(new Index("ix_users_name", List.of("name"), false, null)), List.of(), List.of(), null);
	}

	static Table tasks() {
		return new Table("tasks", List.of(id(), Column.of("user_id", ColumnType.of(Kind.BIGINT), false),
				Column.of("title", ColumnType.varchar(200), false),
				new Column("done", ColumnType.of(Kind.BOOLEAN), false, "false", false, null, null)),
				new PrimaryKey(null, List.of("id")), List.of(), List.of(),
				List.of(new ForeignKey(null, List.of("user_id"), "users", List.of("id"), ReferentialAction.CASCADE,
						ReferentialAction.NO_ACTION)),
				List.of(new CheckConstraint(null, "length(title) > 0")), null);
	}

	static Schema base() {
		return new Schema(List.of(users(), tasks()));
	}

	static Schema table(Schema schema, String name, UnaryOperator<Table> change) {
		return new Schema(schema.tables().stream()
			.map((table) -> Names.same(table.name(), name) ? change.apply(table) : table)
			.toList());
	}

	static Schema with(Schema schema, Table table) {
		List<Table> tables = new ArrayList<>(schema.tables());
		tables.add(table);
		return new Schema(tables);
	}

	static Schema without(Schema schema, String name) {
		return new Schema(schema.tables().stream().filter((table) -> !Names.same(table.name(), name)).toList());
	}

	static UnaryOperator<Table> column(String name, UnaryOperator<Column> change) {
		return (table) -> table.withColumns(table.columns().stream()
			.map((column) -> Names.same(column.name(), name) ? change.apply(column) : column)
			.toList());
	}

	static UnaryOperator<Table> addColumn(Column column) {
		return (table) -> {
			List<Column> columns = new ArrayList<>(table.columns());
			columns.add(column);
			return table.withColumns(columns);
		};
	}

	static UnaryOperator<Table> dropColumn(String name) {
		return (table) -> table.withColumns(table.columns().stream()
			.filter((column) -> !Names.same(column.name(), name)).toList());
	}

	static UnaryOperator<Table> indexes(List<Index> indexes) {
		return (table) -> table.withIndexes(indexes);
	}

	static UnaryOperator<Table> uniques(List<UniqueConstraint> uniques) {
		return (table) -> table.withConstraints(table.primaryKey(), uniques, table.foreignKeys(), table.checks());
	}

	static UnaryOperator<Table> foreignKeys(List<ForeignKey> keys) {
		return (table) -> table.withConstraints(table.primaryKey(), table.uniqueConstraints(), keys, table.checks());
	}

	static UnaryOperator<Table> checks(List<CheckConstraint> checks) {
		return (table) -> table.withConstraints(table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
				checks);
	}

	static Column comment(Column column, String comment) {
		return new Column(column.name(), column.type(), column.nullable(), column.defaultSql(),
				column.autoIncrement(), column.collation(), comment);
	}

}
