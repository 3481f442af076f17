package dev.migrations.core.schema.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.operation.AddCheck;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddPrimaryKey;
import dev.migrations.core.schema.operation.AddUnique;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.DropCheck;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropPrimaryKey;
import dev.migrations.core.schema.operation.DropUnique;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.operation.RenameColumn;

/**
 * SQLite's SQL. What its {@code ALTER TABLE} can do (add a plain column, drop an unused one, rename) is rendered as
 * such; the rest (changing a column, adding or dropping constraints, foreign keys and checks) becomes a
 * {@link SqliteRebuild} of the table, and consecutive changes to one table share one rebuild.
 */
public final class SqliteRenderer extends SqlRenderer {

	@Override
	protected String dialect() {
		return "sqlite";
	}

	@Override
	protected String type(ColumnType type) {
		return type.sql();
	}

	@Override
	protected boolean inlinePrimaryKey(Table table, Column column) {
		PrimaryKey key = table.primaryKey();
		return column.autoIncrement() && key != null && key.columns().size() == 1
				&& Names.same(key.columns().get(0), column.name());
	}

	@Override
	protected String columnType(Column column, boolean primaryKey) {
		if (primaryKey) {
			return "INTEGER PRIMARY KEY AUTOINCREMENT";
		}
		if (column.autoIncrement()) {
			throw new IllegalArgumentException("SQLite generates the values of column '" + column.name()
					+ "' only when it alone is the table's primary key");
		}
		return type(column.type());
	}

	@Override
	protected List<String> alterColumn(AlterColumn alter) {
		throw new IllegalStateException("SQLite alters a column by rebuilding its table");
	}

	@Override
	public List<List<Operation>> batches(List<Operation> operations) {
		List<List<Operation>> batches = new ArrayList<>();
		List<Operation> current = new ArrayList<>();
		for (Operation operation : operations) {
			if (!current.isEmpty() && !(joinsRebuild(operation)
					&& Names.same(Objects.requireNonNull(current.get(0).table()), operation.table()))) {
				batches.add(List.copyOf(current));
				current.clear();
			}
			current.add(operation);
			if (!joinsRebuild(operation)) {
				batches.add(List.copyOf(current));
				current.clear();
			}
		}
		if (!current.isEmpty()) {
			batches.add(List.copyOf(current));
		}
		return batches;
	}

	// The changes to one table that a rebuild can make together with the ones around them.
	private static boolean joinsRebuild(Operation operation) {
		return operation instanceof AddColumn || operation instanceof DropColumn || operation instanceof AlterColumn
				|| operation instanceof RenameColumn || operation instanceof CreateIndex
				|| operation instanceof DropIndex || operation instanceof AddPrimaryKey
				|| operation instanceof DropPrimaryKey || operation instanceof AddUnique || operation instanceof DropUnique
				|| operation instanceof AddForeignKey || operation instanceof DropForeignKey
				|| operation instanceof AddCheck || operation instanceof DropCheck;
	}

	@Override
	public void check(Operation operation) {
		Refusals.sequence(dialect(), operation);
		Refusals.enumType(dialect(), operation);
	}

	@Override
	public boolean mayRebuild(List<Operation> batch) {
		return batch.stream().anyMatch((operation) -> joinsRebuild(operation) && !(operation instanceof RenameColumn)
				&& !(operation instanceof CreateIndex) && !(operation instanceof DropIndex));
	}

	@Override
	public Rendering render(List<Operation> batch, TableSource tables) {
		boolean plain = batch.stream().allMatch((operation) -> (operation instanceof AddColumn add)
				? addable(add.column()) : !mayRebuild(List.of(operation)));
		if (plain) {
			return super.render(batch, tables);
		}
		String table = Objects.requireNonNull(batch.get(0).table());
		Schema schema = tables.tables(List.of(table), "'" + batch.get(0).describe() + "' on SQLite, which rebuilds table '" + table
				+ "',");
		Schema simulated = schema;
		boolean rebuild = false;
		for (Operation operation : batch) {
			rebuild |= needsRebuild(operation, simulated);
			simulated = operation.apply(simulated);
		}
		if (!rebuild) {
			return super.render(batch, tables);
		}
		return new SqliteRebuild(this, schema, batch, tables.triggers(table)).render();
	}

	// ALTER TABLE ADD COLUMN refuses NOT NULL without a default, keys, and defaults that are not constants; DROP
	// COLUMN refuses a column that a key, index, foreign key or check uses.
	private static boolean needsRebuild(Operation operation, Schema schema) {
		if (operation instanceof AddColumn add) {
			return !addable(add.column());
		}
		if (operation instanceof DropColumn drop) {
			return used(schema.table(drop.table()).orElseThrow(() -> new IllegalArgumentException(
					"there is no table '" + drop.table() + "'")), drop.column());
		}
		return !(operation instanceof RenameColumn || operation instanceof CreateIndex
				|| operation instanceof DropIndex);
	}

	private static boolean addable(Column column) {
		String value = (column.defaultSql() != null) ? column.defaultSql().strip().toLowerCase(Locale.ROOT) : null;
		boolean constant = value == null || !(value.startsWith("(") || value.startsWith("current_"));
		return !column.autoIncrement() && constant && (column.nullable() || (value != null && !value.equals("null")));
	}

	private static boolean used(Table table, String column) {
		PrimaryKey key = table.primaryKey();
		return (key != null && mentions(key.columns(), column))
				|| table.uniqueConstraints().stream().anyMatch((unique) -> mentions(unique.columns(), column))
				|| table.indexes().stream().anyMatch((index) -> mentions(index.columns(), column)
						|| (index.where() != null && index.where().toLowerCase(Locale.ROOT)
							.contains(column.toLowerCase(Locale.ROOT))))
				|| table.foreignKeys().stream().anyMatch((fk) -> mentions(fk.columns(), column))
				|| table.checks().stream().anyMatch((check) -> check.expression().toLowerCase(Locale.ROOT)
					.contains(column.toLowerCase(Locale.ROOT)));
	}

	private static boolean mentions(List<String> names, String name) {
		return names.stream().anyMatch((each) -> Names.same(each, name));
	}

	List<String> tableSql(Table table) {
		return createTable(table);
	}

	String quoted(String name) {
		return quote(name);
	}

}
