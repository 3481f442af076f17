package dev.migrations.core.schema.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropUnique;
import dev.migrations.core.schema.operation.ExecuteSql;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.operation.RenameTable;

/**
 * MySQL's and MariaDB's SQL: backtick quotes, {@code AUTO_INCREMENT}, inline {@code COMMENT}s, and what their
 * {@code ALTER TABLE} says differently. A column changes with {@code MODIFY COLUMN} and its whole definition, read
 * from the database, since what it does not restate is lost; a unique constraint is dropped as its index, a foreign
 * key with {@code DROP FOREIGN KEY} and then the index the server created for it. The server changes no column a
 * foreign key uses and drops no index one needs: consecutive type changes are one batch, and the keys concerned are
 * dropped before a batch or an index drop and added again after. There are no partial indexes: an index with
 * {@code where} is refused.
 */
public final class MysqlRenderer extends SqlRenderer {

	private final String dialect;

	/**
	 * Creates the renderer of one of the two databases.
	 * @param dialect {@code mysql} or {@code mariadb}, for {@code execute} SQL given per dialect and for messages
	 */
	public MysqlRenderer(String dialect) {
		this.dialect = dialect;
	}

	@Override
	protected String dialect() {
		return this.dialect;
	}

	// MariaDB runs what is written for MySQL unless the revision says otherwise.
	@Override
	protected String sql(ExecuteSql execute) {
		String mysql = execute.sql().byDialect().get("mysql");
		if (this.dialect.equals("mariadb") && !execute.sql().byDialect().containsKey("mariadb") && mysql != null) {
			return mysql;
		}
		return super.sql(execute);
	}

	@Override
	protected String quote(String name) {
		return '`' + name.replace("`", "``") + '`';
	}

	// Backslashes escape in MySQL's strings.
	@Override
	protected String literal(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	@Override
	protected String type(ColumnType type) {
		return switch (type.kind()) {
			case INTEGER -> "int";
			case REAL -> "float";
			case DOUBLE -> "double";
			case VARCHAR -> (type.length() != null) ? standard(type) : "longtext";
			case TEXT -> "longtext";
			case TIMESTAMP -> (type.length() != null) ? "datetime(" + type.length() + ")" : "datetime";
			// TIMESTAMP is stored in UTC and read in the session's time zone: the point in time is kept.
			case TIMESTAMP_WITH_TIME_ZONE -> (type.length() != null) ? "timestamp(" + type.length() + ")"
					: "timestamp";
			case BINARY -> (type.length() != null) ? "varbinary(" + type.length() + ")" : "longblob";
			// MariaDB has had a uuid type since 10.7, which Hibernate uses there; MySQL has none.
			case UUID -> this.dialect.equals("mariadb") ? "uuid" : "char(36)";
			case NATIVE -> type.sql();
			default -> standard(type);
		};
	}

	@Override
	protected String columnType(Column column, boolean primaryKey) {
		return column.autoIncrement() ? type(column.type()) + " AUTO_INCREMENT" : type(column.type());
	}

	@Override
	protected String column(Column column, boolean primaryKey) {
		String sql = super.column(column, primaryKey);
		return (column.comment() != null) ? sql + " COMMENT " + literal(column.comment()) : sql;
	}

	@Override
	protected List<String> createTable(Table table) {
		List<String> statements = new ArrayList<>(super.createTable(table));
		if (table.comment() != null) {
			statements.add(alter(table.name()) + " COMMENT = " + literal(table.comment()));
		}
		return statements;
	}

	@Override
	public void check(Operation operation) {
		// MariaDB has had sequences since 10.3; MySQL has none.
		if (!this.dialect.equals("mariadb")) {
			Refusals.sequence(dialect(), operation);
		}
		Refusals.enumType(dialect(), operation);
		Refusals.partialIndexes(dialect(), operation);
	}

	@Override
	protected String createIndex(String table, Index index) {
		Refusals.partial(dialect(), index);
		return super.createIndex(table, index);
	}

	// Consecutive type changes are one batch, so that a key's column and the columns referencing it change together.
	@Override
	public List<List<Operation>> batches(List<Operation> operations) {
		List<List<Operation>> batches = new ArrayList<>();
		List<Operation> current = new ArrayList<>();
		for (Operation operation : operations) {
			if (!current.isEmpty() && !(changesType(operation) && changesType(current.get(0)))) {
				batches.add(List.copyOf(current));
				current.clear();
			}
			current.add(operation);
		}
		if (!current.isEmpty()) {
			batches.add(List.copyOf(current));
		}
		return batches;
	}

	private static boolean changesType(Operation operation) {
		return operation instanceof AlterColumn alter && alter.type() != null;
	}

	@Override
	public Rendering render(List<Operation> batch, TableSource tables) {
		if (changesType(batch.get(0))) {
			return Rendering.of(changeTypes(batch.stream().map(AlterColumn.class::cast).toList(), tables));
		}
		if (batch.size() == 1 && batch.get(0) instanceof AlterColumn alter) {
			return Rendering.of(List.of(modify(alter, table(alter, alter.table(), tables))));
		}
		if (batch.size() == 1 && batch.get(0) instanceof DropForeignKey drop) {
			return Rendering.of(dropForeignKey(drop, table(drop, drop.table(), tables)));
		}
		if (batch.size() == 1 && batch.get(0) instanceof DropUnique drop) {
			return Rendering.of(dropIndexKeepingForeignKeys(drop, drop.table(), drop.name(), null, tables,
					alter(drop.table()) + " DROP INDEX " + quote(drop.name())));
		}
		if (batch.size() == 1 && batch.get(0) instanceof DropIndex drop) {
			return Rendering.of(dropIndexKeepingForeignKeys(drop, tables, "DROP INDEX " + quote(drop.name()) + " ON "
					+ quote(drop.table())));
		}
		return super.render(batch, tables);
	}

	// The server changes no column a foreign key uses, on either side: those keys are dropped, the columns
	// changed, and the keys added again, which the columns of both sides must then fit.
	private List<String> changeTypes(List<AlterColumn> alters, TableSource tables) {
		Schema schema = tables.tables(alters.stream().map(AlterColumn::table).distinct().toList(), "'"
				+ alters.get(0).describe() + "' on " + this.dialect + ", which restates the column,");
		List<String> drops = new ArrayList<>();
		List<String> modifies = new ArrayList<>();
		List<String> adds = new ArrayList<>();
		for (AlterColumn alter : alters) {
			Table table = schema.table(alter.table()).orElseThrow(() -> new IllegalArgumentException(
					"there is no table '" + alter.table() + "'"));
			modifies.add(modify(alter, table));
		}
		for (Table table : schema.tables()) {
			for (ForeignKey key : table.foreignKeys()) {
				if (alters.stream().anyMatch((alter) -> uses(table, key, alter))) {
					String name = KeptForeignKeys.named(table, key);
					drops.add(alter(table.name()) + " " + dropForeignKey(name));
					adds.add(alter(table.name()) + " ADD " + foreignKey(KeptForeignKeys.withName(key, name)));
				}
			}
		}
		List<String> statements = new ArrayList<>(drops);
		statements.addAll(modifies);
		statements.addAll(adds);
		return statements;
	}

	private static boolean uses(Table table, ForeignKey key, AlterColumn alter) {
		return (Names.same(table.name(), alter.table()) && key.columns().stream()
			.anyMatch((column) -> Names.same(column, alter.column())))
				|| (Names.same(key.referencedTable(), alter.table()) && key.referencedColumns().stream()
					.anyMatch((column) -> Names.same(column, alter.column())));
	}

	@Override
	protected String dropForeignKey(String name) {
		return "DROP FOREIGN KEY " + quote(name);
	}

	@Override
	protected List<String> render(Operation operation) {
		if (operation instanceof RenameTable rename) {
			return List.of("RENAME TABLE " + quote(rename.table()) + " TO " + quote(rename.newName()));
		}
		if (operation instanceof DropUnique drop) {
			return List.of(alter(drop.table()) + " DROP INDEX " + quote(drop.name()));
		}
		return super.render(operation);
	}

	@Override
	protected List<String> alterColumn(AlterColumn alter) {
		throw new IllegalStateException("MySQL alters a column by restating it, which needs the table");
	}

	private String modify(AlterColumn alter, Table table) {
		Column changed = alter.changed(table.column(alter.column()).orElseThrow(() -> new IllegalArgumentException(
				"table '" + table.name() + "' has no column '" + alter.column() + "'")));
		return alter(table.name()) + " MODIFY COLUMN " + column(changed, false);
	}

	// The server indexes a foreign key's columns unless another index starts with them, and keeps that index when the
	// key is dropped. It names the index after the key, or after the key's first column when the key was created
	// without a name (and so is named table_ibfk_N).
	private List<String> dropForeignKey(DropForeignKey drop, Table table) {
		List<String> statements = new ArrayList<>();
		statements.add(alter(table.name()) + " " + dropForeignKey(drop.name()));
		ForeignKey key = table.foreignKeys().stream()
			.filter((each) -> each.name() != null && Names.same(each.name(), drop.name()))
			.findFirst()
			.orElse(null);
		if (key != null && !indexed(table, key.columns())) {
			boolean generated = Names.key(drop.name()).matches(Pattern.quote(Names.key(table.name())) + "_ibfk_\\d+");
			statements.add(alter(table.name()) + " DROP INDEX " + quote(generated ? key.columns().get(0) : drop.name()));
		}
		return statements;
	}

	private static boolean indexed(Table table, List<String> columns) {
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null && KeptForeignKeys.startsWith(primaryKey.columns(), columns)) {
			return true;
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			if (KeptForeignKeys.startsWith(unique.columns(), columns)) {
				return true;
			}
		}
		return table.indexes().stream().anyMatch((index) -> KeptForeignKeys.startsWith(index.columns(), columns));
	}

}
