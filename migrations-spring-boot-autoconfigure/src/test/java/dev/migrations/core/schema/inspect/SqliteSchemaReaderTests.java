package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What only SQLite has: the rowid alias, keys that reference a parent's primary key implicitly, statements kept as
 * written, attached databases, and the tables the model refuses.
 */
class SqliteSchemaReaderTests {

	private final TestDatabase database = TestDatabase.sqlite();

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void anIntegerPrimaryKeyIsTheRowidAndNeverNullAndOnlyAutoincrementIsAutoIncrement() throws SQLException {
		Schema schema = read("CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT)",
				"CREATE TABLE b (id INT PRIMARY KEY, name TEXT)",
				"CREATE TABLE c (id integer NOT NULL, name TEXT, PRIMARY KEY (id))");
		assertThat(schema.table("a").orElseThrow().column("id").orElseThrow())
			.isEqualTo(Column.of("id", ColumnType.of(Kind.INTEGER), false));
		// INT PRIMARY KEY is no rowid alias: SQLite lets it hold NULL.
		assertThat(schema.table("b").orElseThrow().column("id").orElseThrow())
			.isEqualTo(Column.of("id", ColumnType.of(Kind.INTEGER), true));
		assertThat(schema.table("c").orElseThrow().column("id").orElseThrow())
			.isEqualTo(Column.of("id", ColumnType.of(Kind.INTEGER), false));
	}

	@Test
	void keepsStatementsAsWritten() throws SQLException {
		Table table = read("CREATE TABLE \"Audit Log\" (\"Id\" INTEGER PRIMARY KEY AUTOINCREMENT,"
				+ " at TEXT NOT NULL DEFAULT (datetime('now')), note TEXT DEFAULT 'it''s' COLLATE RTRIM,"
				+ " level INTEGER DEFAULT -1 CHECK (level BETWEEN -1 AND 5), kind, tag TEXT UNIQUE,"
				+ " CONSTRAINT audit_note CHECK (note <> ''), CHECK (length(kind) < 10))",
				"CREATE UNIQUE INDEX audit_kind ON \"Audit Log\" (lower(kind) DESC, level) WHERE kind IS NOT NULL",
				"CREATE INDEX audit_note ON \"Audit Log\" (note, tag COLLATE NOCASE DESC, note COLLATE BINARY)")
			.tables()
			.get(0);
		assertThat(table.name()).isEqualTo("Audit Log");
		assertThat(table.columns()).containsExactly(
				new Column("Id", ColumnType.of(Kind.INTEGER), false, null, true, null, null),
				new Column("at", ColumnType.of(Kind.TEXT), false, "(datetime('now'))", false, null, null),
				new Column("note", ColumnType.of(Kind.TEXT), true, "'it''s'", false, "RTRIM", null),
				new Column("level", ColumnType.of(Kind.INTEGER), true, "-1", false, null, null),
				Column.of("kind", ColumnType.nativeType(""), true), Column.of("tag", ColumnType.of(Kind.TEXT), true));
		assertThat(table.checks()).containsExactlyInAnyOrder(new CheckConstraint(null, "level BETWEEN -1 AND 5"),
				new CheckConstraint("audit_note", "note <> ''"), new CheckConstraint(null, "length(kind) < 10"));
		assertThat(table.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("tag")));
		// note is RTRIM of its own: the index's BINARY is named, its own collation is not.
		assertThat(table.indexes()).containsExactly(
				new Index("audit_kind", List.of("lower(kind) DESC", "level"), true, "kind IS NOT NULL"),
				new Index("audit_note", List.of("note", "tag COLLATE NOCASE DESC", "note COLLATE BINARY"), false,
						null));
	}

	@Test
	void readsTablesButNotViewsTriggersOrSqlitesOwnTables() throws SQLException {
		Schema schema = read("CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, line TEXT)",
				"CREATE VIEW recent AS SELECT line FROM log",
				"CREATE TRIGGER log_trim AFTER INSERT ON log BEGIN DELETE FROM log WHERE id < new.id - 100; END",
				"ANALYZE");
		assertThat(schema.tableNames()).containsExactly("log");
	}

	@Test
	void aForeignKeyWithoutColumnsReferencesTheParentsPrimaryKey() throws SQLException {
		Table child = read("CREATE TABLE parent (a INTEGER NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b))",
				"CREATE TABLE child (id INTEGER PRIMARY KEY, pa INTEGER, pb TEXT,"
						+ " CONSTRAINT child_parent FOREIGN KEY (pa, pb) REFERENCES parent ON DELETE SET NULL"
						+ " ON UPDATE SET DEFAULT)")
			.table("child")
			.orElseThrow();
		assertThat(child.foreignKeys()).containsExactly(new ForeignKey("child_parent", List.of("pa", "pb"), "parent",
				List.of("a", "b"), ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT));
	}

	@Test
	void readsAnAttachedDatabaseByName() throws SQLException {
		try (TestDatabase other = TestDatabase.sqlite(); Connection connection = this.database.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE here (id INTEGER)");
			statement.execute("ATTACH DATABASE '" + other.url().substring("jdbc:sqlite:".length()) + "' AS other");
			statement.execute("CREATE TABLE other.there (id INTEGER, CONSTRAINT there_id CHECK (id > 0))");
			statement.execute("CREATE INDEX other.there_id_index ON there (id)");
			Schema schema = SchemaInspector.inspect(connection, "sqlite", "other", Set.of());
			assertThat(schema.tables()).containsExactly(new Table("there",
					List.of(Column.of("id", ColumnType.of(Kind.INTEGER), true)), null, List.of(),
					List.of(new Index("there_id_index", List.of("id"), false, null)), List.of(),
					List.of(new CheckConstraint("there_id", "id > 0")), null));
			assertThat(SchemaInspector.inspect(connection, "sqlite", null, Set.of()).tableNames())
				.containsExactly("here");
			statement.execute("DETACH DATABASE other");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT) WITHOUT ROWID|WITHOUT ROWID",
			"CREATE TABLE t (a INTEGER, b TEXT) STRICT|STRICT",
			"CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL)|generated column",
			"CREATE VIRTUAL TABLE t USING fts5(a)|virtual table",
			"CREATE TABLE t (a INTEGER NOT NULL ON CONFLICT IGNORE)|ON CONFLICT IGNORE" })
	void refusesTablesTheModelCannotRepresentNamingThem(String input) throws SQLException {
		String[] parts = input.split("\\|");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> read(parts[0]))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_SCHEMA))
			.withMessageContaining("SQLite table 't'")
			.withMessageContaining(parts[1]);
	}

	private Schema read(String... statements) throws SQLException {
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
			return SchemaInspector.inspect(connection, "sqlite", null, Set.of());
		}
	}

}
