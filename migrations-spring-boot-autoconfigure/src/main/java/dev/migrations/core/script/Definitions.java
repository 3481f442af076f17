package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.ExecuteSql;

/**
 * Reads the definitions inside operations: a table's columns and constraints, a column's type and attributes, a
 * foreign key, the changes of {@code alter column} and the SQL of {@code execute}.
 */
final class Definitions {

	private static final Set<String> ATTRIBUTES = Set.of("null", "not", "default", "autoincrement", "primary",
			"unique", "collate", "references", "comment", "from", "set", "drop", "constraint", "check", "type");

	private static final Set<String> AFTER_LENGTH = Set.of("with", "without", "time", "zone", "varying");

	private Definitions() {
	}

	static CreateTable createTable(Cursor in) {
		String name = in.name("the table name");
		return new CreateTable(tableBody(in, name));
	}

	static Table tableBody(Cursor in, String name) {
		in.expect("(", "the columns in parentheses: 'create table " + name + " (id bigint not null, ...)'");
		List<Column> columns = new ArrayList<>();
		Parts parts = new Parts();
		do {
			String constraint = in.accept("constraint") ? in.name("the constraint name") : null;
			if (in.accept("primary")) {
				in.expect("key", "'primary key (COLUMN, ...)'");
				parts.primaryKey = new PrimaryKey(constraint, in.names());
			}
			else if (in.at("unique") && in.peek(1) != null && in.peek(1).is("(")) {
				in.accept("unique");
				parts.uniques.add(new UniqueConstraint(constraint, in.names()));
			}
			else if (in.accept("foreign")) {
				in.expect("key", "'foreign key (COLUMN) references TABLE (COLUMN)'");
				parts.foreignKeys.add(foreignKey(in, constraint));
			}
			else if (in.accept("check")) {
				parts.checks.add(new CheckConstraint(constraint, in.group()));
			}
			else if (constraint != null) {
				throw in.error("expected 'primary key', 'unique', 'foreign key' or 'check' after 'constraint "
						+ constraint + "'");
			}
			else {
				columns.add(column(in, in.name("a column name"), parts));
			}
		}
		while (in.accept(","));
		in.expect(")", "',' between the columns and ')' after the last one");
		if (columns.isEmpty()) {
			throw in.error("table '" + name + "' needs at least one column");
		}
		List<Column> keyed = columns;
		if (parts.primaryKey != null) {
			PrimaryKey key = parts.primaryKey;
			keyed = columns.stream()
				.map((column) -> key.columns().stream().anyMatch((each) -> each.equalsIgnoreCase(column.name()))
						? column.withNullable(false) : column)
				.toList();
		}
		return new Table(name, keyed, parts.primaryKey, parts.uniques, List.of(), parts.foreignKeys, parts.checks,
				null);
	}

	/** The constraints a column of {@code create table} may declare inline. */
	static final class Parts {

		@Nullable PrimaryKey primaryKey;

		final List<UniqueConstraint> uniques = new ArrayList<>();

		final List<ForeignKey> foreignKeys = new ArrayList<>();

		final List<CheckConstraint> checks = new ArrayList<>();

	}

	// NAME TYPE [null | not null] [default EXPR] [autoincrement] [collate NAME] [comment 'TEXT'] and, in create
	// table only (parts not null), [primary key] [unique] [references TABLE (COLUMN) ...] [check (CONDITION)].
	static Column column(Cursor in, String name, @Nullable Parts parts) {
		ColumnType type = type(in, "the type of column '" + name + "'");
		Boolean nullable = null;
		String defaultSql = null;
		boolean autoIncrement = false;
		String collation = null;
		String comment = null;
		while (!in.done() && !in.at(",") && !in.at(")")) {
			if (in.accept("null")) {
				nullable = true;
			}
			else if (in.accept("not")) {
				in.expect("null", "'not null'");
				nullable = false;
			}
			else if (in.accept("default")) {
				defaultSql = in.expression("the default of '" + name + "'");
			}
			else if (in.accept("autoincrement")) {
				autoIncrement = true;
			}
			else if (in.accept("collate")) {
				collation = in.name("the collation");
			}
			else if (in.accept("comment")) {
				comment = in.expression("the comment").replaceAll("^'|'$", "").replace("''", "'");
			}
			else if (parts != null && in.accept("primary")) {
				in.expect("key", "'primary key'");
				parts.primaryKey = new PrimaryKey(null, List.of(name));
			}
			else if (parts != null && in.accept("unique")) {
				parts.uniques.add(new UniqueConstraint(null, List.of(name)));
			}
			else if (parts != null && in.accept("references")) {
				String table = in.name("the referenced table");
				List<String> columns = in.names();
				parts.foreignKeys.add(new ForeignKey(null, List.of(name), table, columns, action(in, "delete"),
						action(in, "update")));
			}
			else if (parts != null && in.accept("check")) {
				parts.checks.add(new CheckConstraint(null, in.group()));
			}
			else {
				throw in.error("cannot read '" + in.peek().text() + "' in the definition of column '" + name
						+ "'; write null, not null, default VALUE, autoincrement, collate NAME"
						+ ((parts != null) ? ", primary key, unique, references TABLE (COLUMN) or check (CONDITION)"
								: " (add keys with 'add unique' and 'add foreign key')"));
			}
		}
		boolean isNullable = (nullable != null) ? nullable : !autoIncrement;
		return new Column(name, type, isNullable, defaultSql, autoIncrement, collation, comment);
	}

	// Words up to an attribute keyword, with an optional (N) or (N, M): 'varchar(80)', 'double precision'.
	static ColumnType type(Cursor in, String what) {
		StringBuilder sql = new StringBuilder(in.word(what));
		while (in.peek() != null && in.peek().kind() == OperationTokens.Kind.WORD
				&& !ATTRIBUTES.contains(in.peek().text().toLowerCase(Locale.ROOT))) {
			sql.append(' ').append(in.word(what));
		}
		if (in.at("(")) {
			sql.append('(').append(in.group()).append(')');
			while (in.peek() != null && in.peek().kind() == OperationTokens.Kind.WORD
					&& AFTER_LENGTH.contains(in.peek().text().toLowerCase(Locale.ROOT))) {
				sql.append(' ').append(in.word(what));
			}
		}
		return ColumnType.parse(sql.toString());
	}

	static ForeignKey foreignKey(Cursor in, @Nullable String name) {
		List<String> columns = in.names();
		in.expect("references", "'(COLUMN) references TABLE (COLUMN)'");
		String table = in.name("the referenced table");
		List<String> referenced = in.names();
		ReferentialAction onDelete = ReferentialAction.NO_ACTION;
		ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
		while (in.at("on")) {
			if (followedBy(in, "delete")) {
				onDelete = action(in, "delete");
			}
			else if (followedBy(in, "update")) {
				onUpdate = action(in, "update");
			}
			else {
				throw in.error("expected 'on delete' or 'on update'");
			}
		}
		return new ForeignKey(name, columns, table, referenced, onDelete, onUpdate);
	}

	// Whether the token after the next one is this word: 'on' then 'delete'.
	private static boolean followedBy(Cursor in, String word) {
		return in.peek(1) != null && in.peek(1).is(word);
	}

	private static ReferentialAction action(Cursor in, String event) {
		if (!in.at("on") || !followedBy(in, event)) {
			return ReferentialAction.NO_ACTION;
		}
		in.accept("on");
		in.accept(event);
		StringBuilder words = new StringBuilder(in.word("the action after 'on " + event + "'"));
		if (words.toString().equalsIgnoreCase("set") || words.toString().equalsIgnoreCase("no")) {
			words.append(' ').append(in.word("the action after 'on " + event + " " + words + "'"));
		}
		try {
			return ReferentialAction.fromSql(words.toString());
		}
		catch (IllegalArgumentException ex) {
			throw in.error(ex.getMessage());
		}
	}

	static DropColumn dropColumn(Cursor in) {
		String[] column = in.columnRef();
		Column definition = in.done() ? null : column(in, column[1], null);
		return new DropColumn(column[0], column[1], definition);
	}

	static AlterColumn alterColumn(Cursor in) {
		String[] column = in.columnRef();
		ColumnType type = null;
		ColumnType fromType = null;
		Boolean nullable = null;
		AlterColumn.Default setDefault = null;
		AlterColumn.Default fromDefault = null;
		Boolean identity = null;
		if (in.done()) {
			throw in.error("'alter column " + column[0] + "." + column[1] + "' changes nothing; write 'type TYPE',"
					+ " 'set not null', 'drop not null', 'set default VALUE', 'drop default', 'set identity' or"
					+ " 'drop identity'");
		}
		while (!in.done()) {
			if (in.accept("type")) {
				type = type(in, "the new type");
				fromType = in.accept("from") ? type(in, "the type before") : null;
			}
			else if (in.accept("set")) {
				if (in.accept("not")) {
					in.expect("null", "'set not null'");
					nullable = false;
				}
				else if (in.accept("identity")) {
					identity = true;
				}
				else {
					in.expect("default", "'set default VALUE', 'set not null' or 'set identity'");
					setDefault = new AlterColumn.Default(in.expression("the new default"));
					fromDefault = fromDefault(in);
				}
			}
			else if (in.accept("drop")) {
				if (in.accept("not")) {
					in.expect("null", "'drop not null'");
					nullable = true;
				}
				else if (in.accept("identity")) {
					identity = false;
				}
				else {
					in.expect("default", "'drop default', 'drop not null' or 'drop identity'");
					setDefault = new AlterColumn.Default(null);
					fromDefault = fromDefault(in);
				}
			}
			else {
				throw in.error("cannot read '" + in.peek().text() + "'; write 'type TYPE [from TYPE]', 'set not null',"
						+ " 'drop not null', 'set default VALUE [from VALUE|none]', 'drop default [from VALUE]',"
						+ " 'set identity' or 'drop identity'");
			}
		}
		return new AlterColumn(column[0], column[1], type, fromType, nullable, setDefault, fromDefault, identity);
	}

	private static AlterColumn.@Nullable Default fromDefault(Cursor in) {
		if (!in.accept("from")) {
			return null;
		}
		return in.accept("none") ? new AlterColumn.Default(null)
				: new AlterColumn.Default(in.expression("the default before"));
	}

	// execute [DIALECT] $$SQL$$ {DIALECT $$SQL$$} [reverse [DIALECT] $$SQL$$ {DIALECT $$SQL$$}]
	static ExecuteSql execute(Cursor in) {
		ExecuteSql.Text sql = text(in, "the SQL to execute");
		ExecuteSql.Text reverse = in.accept("reverse") ? text(in, "the SQL that undoes it") : null;
		return new ExecuteSql(sql, reverse);
	}

	private static ExecuteSql.Text text(Cursor in, String what) {
		String any = null;
		Map<String, String> byDialect = new HashMap<>();
		while (!in.done() && !in.at("reverse")) {
			if (in.peek().kind() == OperationTokens.Kind.WORD) {
				String dialect = in.word("a dialect").toLowerCase(Locale.ROOT);
				if (byDialect.put(dialect, in.dollar(what + " for " + dialect)) != null) {
					throw in.error("SQL for " + dialect + " appears twice; give it once");
				}
			}
			else {
				if (any != null) {
					throw in.error("two $$...$$ without a dialect; name the dialect before each, as 'sqlite $$...$$'");
				}
				any = in.dollar(what);
			}
		}
		if (any == null && byDialect.isEmpty()) {
			throw in.error("expected " + what + " in $$...$$");
		}
		return new ExecuteSql.Text(any, byDialect);
	}

}
