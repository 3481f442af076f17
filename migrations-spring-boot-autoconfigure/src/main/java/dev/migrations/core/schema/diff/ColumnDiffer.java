package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.ExecuteSql;

/**
 * The columns of a table kept by the model: added, dropped (marked destructive, and as a possible rename when the
 * table also gains a column), and altered in type, nullability, default, identity or comment. A collation that
 * changed has no portable operation, and is reported for a person to write.
 */
final class ColumnDiffer {

	private final DiffOptions options;

	ColumnDiffer(DiffOptions options) {
		this.options = options;
	}

	void diff(Table database, Table model, Phases phases) {
		List<Column> added = model.columns().stream().filter((column) -> database.column(column.name()).isEmpty())
			.toList();
		List<Column> dropped = database.columns().stream().filter((column) -> model.column(column.name()).isEmpty())
			.toList();
		String table = database.name();
		for (Column column : added) {
			Change change = Change.of(new AddColumn(table, column));
			if (!dropped.isEmpty()) {
				change = change.withNote("may be a rename of " + names(dropped) + ": to keep the data, write 'rename"
						+ " column " + table + "." + dropped.get(0).name() + " to " + column.name()
						+ "' instead of this line and the drop");
			}
			if (!column.nullable() && column.defaultSql() == null && !column.autoIncrement()) {
				change = change.withNote("not null without a default: fails when the table has rows; add a default,"
						+ " or add it nullable, fill it in, then set not null");
			}
			phases.changeTables.add(change);
		}
		for (Column column : model.columns()) {
			database.column(column.name()).ifPresent((before) -> alter(database, before, model, column, phases));
		}
		for (Column column : dropped) {
			Change change = Change.of(new DropColumn(table, column.name(), column))
				.withNote("destructive: drops column " + table + "." + column.name() + " and its values");
			if (!added.isEmpty()) {
				change = change.withNote("may be a rename to " + names(added) + " (see above)");
			}
			phases.changeTables.add(change);
		}
	}

	private void alter(Table databaseTable, Column database, Table modelTable, Column model, Phases phases) {
		String table = databaseTable.name();
		Boolean identity = (database.autoIncrement() != model.autoIncrement()) ? model.autoIncrement() : null;
		ColumnType type = (identity != null) ? identityType(model) : model.type();
		boolean typeChanged = (identity != null && this.options.dialect().equals("sqlite"))
				? !Comparison.canonical(database.type(), "sqlite").equals(Comparison.canonical(type, "sqlite"))
				: !Comparison.sameType(database, model, this.options.dialect());
		boolean nullable = nullable(databaseTable.primaryKey(), database);
		Boolean nullability = (nullable != nullable(modelTable.primaryKey(), model)) ? !nullable : null;
		boolean defaultChanged = !Comparison.sameDefault(database, model);
		if (typeChanged || nullability != null || defaultChanged || identity != null) {
			phases.changeTables.add(Change.of(new AlterColumn(table, database.name(), typeChanged ? type : null,
					typeChanged ? database.type() : null, nullability,
					defaultChanged ? new AlterColumn.Default(model.defaultSql()) : null,
					defaultChanged ? new AlterColumn.Default(database.defaultSql()) : null, identity)));
		}
		if (model.collation() != null && (database.collation() == null
				|| !database.collation().equalsIgnoreCase(model.collation()))) {
			phases.manual.add("column " + table + "." + database.name() + " has collation "
					+ ((database.collation() != null) ? database.collation() : "(default)") + " in the database but "
					+ model.collation() + " in the model");
		}
		if (this.options.comments() && !Comparison.sameComment(database.comment(), model.comment())) {
			phases.changeTables.add(Change.of(comment(table, database.name(), model.comment(), database.comment()))
				.withNote("comments exist on PostgreSQL and H2; elsewhere this runs SELECT 1"));
		}
	}

	// SQLite's AUTOINCREMENT column is INTEGER, its 64-bit rowid, whatever the model calls it: a column that gains it
	// says so (so that its downgrade restores the type it had), one that loses it takes the model's type.
	private ColumnType identityType(Column model) {
		return (model.autoIncrement() && this.options.dialect().equals("sqlite")) ? ColumnType.of(ColumnType.Kind.INTEGER)
				: model.type();
	}

	// A primary key column never holds NULL, whatever the database says of it.
	private static boolean nullable(@Nullable PrimaryKey key, Column column) {
		return column.nullable() && !column.autoIncrement()
				&& (key == null || key.columns().stream().noneMatch((name) -> name.equalsIgnoreCase(column.name())));
	}

	static ExecuteSql comment(String table, String column, @Nullable String comment, @Nullable String before) {
		return new ExecuteSql(commentText(table, column, comment), commentText(table, column, before));
	}

	private static ExecuteSql.Text commentText(String table, String column, @Nullable String comment) {
		String sql = "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS "
				+ ((comment != null && !comment.isBlank()) ? "'" + comment.replace("'", "''") + "'" : "NULL");
		return new ExecuteSql.Text("SELECT 1", Map.of("postgresql", sql, "h2", sql));
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static String names(List<Column> columns) {
		List<String> names = new ArrayList<>();
		columns.forEach((column) -> names.add(column.name()));
		return String.join(" or ", names);
	}

}
