package dev.migrations.core.schema.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.inspect.SqliteTableDdl.ColumnDdl;
import dev.migrations.core.schema.inspect.SqliteTableDdl.Constraint;

/**
 * Reads the {@code CREATE TABLE} and {@code CREATE INDEX} statements SQLite keeps in {@code sqlite_schema}, for what
 * its pragmas do not report: constraint names, named and unnamed checks, collations, defaults exactly as written,
 * {@code AUTOINCREMENT}, index expressions and partial index predicates. Refuses, with
 * {@link SqliteUnsupported}, what the schema model cannot represent.
 */
final class SqliteDdlParser {

	private static final Set<String> COLUMN_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
			"CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

	private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK",
			"FOREIGN");

	private final String table;

	private final TokenCursor cursor;

	private final Map<String, ColumnDdl> columns = new LinkedHashMap<>();

	private @Nullable String primaryKeyName;

	private final List<Constraint> uniques = new ArrayList<>();

	private final List<Constraint> foreignKeys = new ArrayList<>();

	private final List<CheckConstraint> checks = new ArrayList<>();

	private SqliteDdlParser(String table, String sql) {
		this.table = table;
		this.cursor = new TokenCursor(sql);
	}

	/**
	 * Parses a table's statement.
	 * @param table the table name, for messages
	 * @param sql the {@code CREATE TABLE} statement
	 * @return what it declares
	 * @throws dev.migrations.core.error.MigrationsException for a feature the model cannot represent
	 * @throws IllegalArgumentException for a statement it cannot read
	 */
	static SqliteTableDdl parseTable(String table, String sql) {
		return new SqliteDdlParser(table, sql).table();
	}

	/**
	 * Parses an index's statement.
	 * @param sql the {@code CREATE INDEX} statement
	 * @return the indexed columns or expressions as written, and the partial index predicate
	 * @throws IllegalArgumentException for a statement it cannot read
	 */
	static IndexDdl parseIndex(String sql) {
		TokenCursor cursor = new TokenCursor(sql);
		cursor.expect("CREATE");
		cursor.accept("UNIQUE");
		cursor.expect("INDEX");
		cursor.accept("IF", "NOT", "EXISTS");
		cursor.qualifiedName();
		cursor.expect("ON");
		cursor.qualifiedName();
		cursor.expectSymbol("(");
		List<String> elements = new ArrayList<>();
		do {
			elements.add(cursor.untilSeparator());
		}
		while (cursor.acceptSymbol(","));
		cursor.expectSymbol(")");
		String where = cursor.accept("WHERE") ? cursor.rest() : null;
		return new IndexDdl(elements, where);
	}

	/**
	 * What an index statement says.
	 *
	 * @param elements the indexed columns or expressions, each as written, with any {@code COLLATE} or order
	 * @param where the partial index predicate as written, or {@code null}
	 */
	record IndexDdl(List<String> elements, @Nullable String where) {

	}

	private SqliteTableDdl table() {
		this.cursor.expect("CREATE");
		if (this.cursor.accept("VIRTUAL")) {
			throw SqliteUnsupported.refuse(this.table, "it is a virtual table (CREATE VIRTUAL TABLE)");
		}
		if (!this.cursor.accept("TEMP")) {
			this.cursor.accept("TEMPORARY");
		}
		this.cursor.expect("TABLE");
		this.cursor.accept("IF", "NOT", "EXISTS");
		this.cursor.qualifiedName();
		this.cursor.expectSymbol("(");
		do {
			if (TABLE_CONSTRAINTS.contains(this.cursor.peek().upper()) && this.cursor.peek().kind() == SqlToken.Kind.WORD) {
				tableConstraint();
			}
			else {
				column();
			}
		}
		while (this.cursor.acceptSymbol(","));
		this.cursor.expectSymbol(")");
		options();
		return new SqliteTableDdl(this.table, this.columns, this.primaryKeyName, this.uniques, this.foreignKeys,
				this.checks);
	}

	private void options() {
		while (!this.cursor.atEnd()) {
			if (this.cursor.accept("WITHOUT", "ROWID")) {
				throw SqliteUnsupported.refuse(this.table, "it is a WITHOUT ROWID table");
			}
			if (this.cursor.accept("STRICT")) {
				throw SqliteUnsupported.refuse(this.table, "it is a STRICT table");
			}
			if (!this.cursor.acceptSymbol(",")) {
				throw this.cursor.failure("unexpected table option");
			}
		}
	}

	private void column() {
		String name = this.cursor.name();
		while (!this.cursor.atEnd() && !separator() && !columnConstraint()) {
			if (this.cursor.peek().isSymbol("(")) {
				this.cursor.parenthesized();
			}
			else {
				this.cursor.next();
			}
		}
		String collation = null;
		String defaultSql = null;
		boolean autoIncrement = false;
		String constraintName = null;
		while (!separator()) {
			if (this.cursor.accept("CONSTRAINT")) {
				constraintName = this.cursor.name();
				continue;
			}
			if (this.cursor.accept("PRIMARY", "KEY")) {
				if (!this.cursor.accept("ASC")) {
					this.cursor.accept("DESC");
				}
				conflictClause("PRIMARY KEY of column " + name);
				autoIncrement = this.cursor.accept("AUTOINCREMENT");
				this.primaryKeyName = constraintName;
			}
			else if (this.cursor.accept("NOT", "NULL")) {
				conflictClause("NOT NULL of column " + name);
			}
			else if (this.cursor.accept("NULL")) {
				conflictClause("NULL of column " + name);
			}
			else if (this.cursor.accept("UNIQUE")) {
				conflictClause("UNIQUE of column " + name);
				this.uniques.add(new Constraint(constraintName, List.of(name), null));
			}
			else if (this.cursor.accept("CHECK")) {
				this.checks.add(new CheckConstraint(constraintName, this.cursor.parenthesized()));
			}
			else if (this.cursor.accept("DEFAULT")) {
				defaultSql = defaultExpression();
			}
			else if (this.cursor.accept("COLLATE")) {
				collation = this.cursor.name();
			}
			else if (this.cursor.accept("REFERENCES")) {
				this.foreignKeys.add(new Constraint(constraintName, List.of(name), references()));
			}
			else if (this.cursor.peek().is("GENERATED") || this.cursor.peek().is("AS")) {
				throw SqliteUnsupported.refuse(this.table, "its column " + name + " is a generated column");
			}
			else {
				throw this.cursor.failure("unexpected constraint of column " + name);
			}
			constraintName = null;
		}
		if (collation != null && collation.equalsIgnoreCase("BINARY")) {
			collation = null;
		}
		this.columns.put(Names.key(name), new ColumnDdl(name, collation, defaultSql, autoIncrement));
	}

	private void tableConstraint() {
		String name = this.cursor.accept("CONSTRAINT") ? this.cursor.name() : null;
		if (this.cursor.accept("PRIMARY", "KEY")) {
			columnList();
			conflictClause("PRIMARY KEY");
			this.primaryKeyName = name;
		}
		else if (this.cursor.accept("UNIQUE")) {
			List<String> unique = columnList();
			conflictClause("UNIQUE " + unique);
			this.uniques.add(new Constraint(name, unique, null));
		}
		else if (this.cursor.accept("CHECK")) {
			this.checks.add(new CheckConstraint(name, this.cursor.parenthesized()));
		}
		else if (this.cursor.accept("FOREIGN", "KEY")) {
			List<String> from = columnList();
			this.cursor.expect("REFERENCES");
			this.foreignKeys.add(new Constraint(name, from, references()));
		}
		else {
			throw this.cursor.failure("expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY");
		}
	}

	// REFERENCES table [(columns)] [ON DELETE|UPDATE action] [MATCH name] [[NOT] DEFERRABLE [INITIALLY ...]]
	private String references() {
		String referenced = this.cursor.name();
		if (this.cursor.peek().isSymbol("(")) {
			columnList();
		}
		while (true) {
			if (this.cursor.accept("ON")) {
				if (!this.cursor.accept("DELETE")) {
					this.cursor.expect("UPDATE");
				}
				if (this.cursor.accept("SET")) {
					this.cursor.next();
				}
				else if (this.cursor.accept("NO")) {
					this.cursor.expect("ACTION");
				}
				else {
					this.cursor.next();
				}
			}
			else if (this.cursor.accept("MATCH")) {
				this.cursor.name();
			}
			else if (this.cursor.peek().is("NOT") && this.cursor.peek(1).is("DEFERRABLE")) {
				this.cursor.next();
				this.cursor.next();
				initially();
			}
			else if (this.cursor.accept("DEFERRABLE")) {
				if (initially()) {
					throw SqliteUnsupported.refuse(this.table, "its foreign key to " + referenced
							+ " is DEFERRABLE INITIALLY DEFERRED, which the schema model does not represent");
				}
			}
			else {
				return referenced;
			}
		}
	}

	// INITIALLY DEFERRED (true) or INITIALLY IMMEDIATE, or nothing (false).
	private boolean initially() {
		if (!this.cursor.accept("INITIALLY")) {
			return false;
		}
		if (this.cursor.accept("DEFERRED")) {
			return true;
		}
		this.cursor.expect("IMMEDIATE");
		return false;
	}

	// ( name [COLLATE x] [ASC|DESC], ... ): the names.
	private List<String> columnList() {
		this.cursor.expectSymbol("(");
		List<String> names = new ArrayList<>();
		do {
			names.add(this.cursor.name());
			this.cursor.untilSeparator();
		}
		while (this.cursor.acceptSymbol(","));
		this.cursor.expectSymbol(")");
		return names;
	}

	private void conflictClause(String what) {
		if (this.cursor.accept("ON", "CONFLICT")) {
			String resolution = this.cursor.next().upper();
			throw SqliteUnsupported.refuse(this.table, "its " + what + " has ON CONFLICT " + resolution
					+ ", which the schema model does not represent");
		}
	}

	// DEFAULT (expr) | [+-]number | literal | identifier, exactly as written.
	private String defaultExpression() {
		SqlToken first = this.cursor.peek();
		if (first.isSymbol("(")) {
			return "(" + this.cursor.parenthesized() + ")";
		}
		if (first.isSymbol("-") || first.isSymbol("+")) {
			this.cursor.next();
			SqlToken number = this.cursor.next();
			return first.text() + number.text();
		}
		SqlToken token = this.cursor.next();
		if (token.kind() == SqlToken.Kind.SYMBOL) {
			throw this.cursor.failure("expected a default value");
		}
		return token.text();
	}

	private boolean separator() {
		SqlToken token = this.cursor.peek();
		return this.cursor.atEnd() || token.isSymbol(",") || token.isSymbol(")");
	}

	private boolean columnConstraint() {
		SqlToken token = this.cursor.peek();
		return token.kind() == SqlToken.Kind.WORD && COLUMN_CONSTRAINTS.contains(token.text().toUpperCase(Locale.ROOT));
	}

}
