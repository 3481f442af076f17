package dev.migrations.core.schema.inspect;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.inspect.SqliteDdlParser.IndexDdl;
import dev.migrations.core.schema.inspect.SqliteTableDdl.ColumnDdl;
import dev.migrations.core.schema.inspect.SqliteTableDdl.Constraint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SqliteDdlParserTests {

	@Test
	void readsColumnsDefaultsCollationsAndAutoincrementAsWritten() {
		SqliteTableDdl table = SqliteDdlParser.parseTable("t", """
				CREATE TABLE "t" (
					id INTEGER PRIMARY KEY AUTOINCREMENT, -- the key
					name VARCHAR(80) NOT NULL COLLATE NOCASE DEFAULT 'it''s',
					"odd ""name\"\"\" TEXT DEFAULT (datetime('now', 'localtime')),
					[bracketed] INT DEFAULT -1,
					plain DEFAULT CURRENT_TIMESTAMP,
					exact NUMERIC(10, 2) DEFAULT +2.5e-3 COLLATE BINARY /* comment */,
					bytes BLOB DEFAULT x'00Ff', x INTEGER DEFAULT 0
				)""");
		assertThat(table.columns().values()).containsExactly(new ColumnDdl("id", null, null, true),
				new ColumnDdl("name", "NOCASE", "'it''s'", false),
				new ColumnDdl("odd \"name\"", null, "(datetime('now', 'localtime'))", false),
				new ColumnDdl("bracketed", null, "-1", false),
				new ColumnDdl("plain", null, "CURRENT_TIMESTAMP", false),
				new ColumnDdl("exact", null, "+2.5e-3", false), new ColumnDdl("bytes", null, "x'00Ff'", false),
				new ColumnDdl("x", null, "0", false));
		assertThat(table.primaryKeyName()).isNull();
	}

	@Test
	void readsNamedAndUnnamedConstraintsOfColumnsAndTable() {
		SqliteTableDdl table = SqliteDdlParser.parseTable("pets", """
				CREATE TABLE pets (
					id INTEGER CONSTRAINT pets_pkey PRIMARY KEY,
					code TEXT CONSTRAINT pets_code_key UNIQUE CHECK (length(code) > 2),
					tag TEXT UNIQUE,
					owner_id INTEGER CONSTRAINT pets_owner_fkey REFERENCES owners (id) ON DELETE CASCADE,
					type_id INTEGER REFERENCES types ON UPDATE SET NULL MATCH SIMPLE NOT DEFERRABLE,
					weight INTEGER,
					CONSTRAINT pets_weight_check CHECK (weight >= 0 AND weight < (1000)),
					CHECK (weight <> 13),
					CONSTRAINT pets_pair UNIQUE (owner_id COLLATE NOCASE, "tag" DESC),
					FOREIGN KEY (owner_id, type_id) REFERENCES owner_types (owner_id, type_id)
						ON DELETE SET DEFAULT ON UPDATE NO ACTION DEFERRABLE INITIALLY IMMEDIATE
				)""");
		assertThat(table.primaryKeyName()).isEqualTo("pets_pkey");
		assertThat(table.checks()).containsExactly(new CheckConstraint(null, "length(code) > 2"),
				new CheckConstraint("pets_weight_check", "weight >= 0 AND weight < (1000)"),
				new CheckConstraint(null, "weight <> 13"));
		assertThat(table.uniques()).containsExactly(new Constraint("pets_code_key", List.of("code"), null),
				new Constraint(null, List.of("tag"), null),
				new Constraint("pets_pair", List.of("owner_id", "tag"), null));
		assertThat(table.foreignKeys()).containsExactly(
				new Constraint("pets_owner_fkey", List.of("owner_id"), "owners"),
				new Constraint(null, List.of("type_id"), "types"),
				new Constraint(null, List.of("owner_id", "type_id"), "owner_types"));
		assertThat(table.uniqueName(List.of("OWNER_ID", "tag"))).isEqualTo("pets_pair");
		assertThat(table.foreignKeyName(List.of("owner_id"), "OWNERS")).isEqualTo("pets_owner_fkey");
		assertThat(table.foreignKeyName(List.of("owner_id"), "types")).isNull();
	}

	@Test
	void readsTablePrimaryKeyNames() {
		SqliteTableDdl table = SqliteDdlParser.parseTable("vet_specialties", "CREATE TABLE IF NOT EXISTS"
				+ " main.vet_specialties (vet_id INTEGER NOT NULL, specialty_id INTEGER NOT NULL,"
				+ " CONSTRAINT vet_specialties_pkey PRIMARY KEY (vet_id, specialty_id))");
		assertThat(table.primaryKeyName()).isEqualTo("vet_specialties_pkey");
		assertThat(table.columns()).containsOnlyKeys("vet_id", "specialty_id");
	}

	@Test
	void readsIndexExpressionsAndPartialPredicatesAsWritten() {
		IndexDdl index = SqliteDdlParser.parseIndex("CREATE UNIQUE INDEX IF NOT EXISTS ix ON \"t\" (lower(name) DESC,"
				+ " substr(code, 1, 2), plain) WHERE deleted IS NULL AND (kind = 'a,b');");
		assertThat(index.elements()).containsExactly("lower(name) DESC", "substr(code, 1, 2)", "plain");
		assertThat(index.where()).isEqualTo("deleted IS NULL AND (kind = 'a,b')");
		assertThat(SqliteDdlParser.parseIndex("CREATE INDEX ix ON t (a)").where()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT) WITHOUT ROWID|WITHOUT ROWID",
			"CREATE TABLE t (a INTEGER, b TEXT) STRICT|STRICT",
			"CREATE TABLE t (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED)|generated column",
			"CREATE TABLE t (a INTEGER, b INTEGER AS (a * 2))|generated column",
			"CREATE TABLE t (a INTEGER UNIQUE ON CONFLICT REPLACE)|ON CONFLICT REPLACE",
			"CREATE TABLE t (a INTEGER, PRIMARY KEY (a) ON CONFLICT IGNORE)|ON CONFLICT IGNORE",
			"CREATE TABLE t (a INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)|INITIALLY DEFERRED",
			"CREATE VIRTUAL TABLE t USING fts5(a)|virtual table" })
	void refusesWhatTheModelCannotRepresent(String input) {
		String[] parts = input.split("\\|");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> SqliteDdlParser.parseTable("t", parts[0]))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_SCHEMA))
			.withMessageContaining("SQLite table 't'")
			.withMessageContaining(parts[1])
			.withMessageContaining("raw SQL section");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE TABLE t (a TEXT DEFAULT 'open", "CREATE TABLE t (a INTEGER",
			"CREATE TABLE t (a INTEGER) EXTRA", "CREATE TABLE t (a INTEGER DEFAULT )", "DROP TABLE t" })
	void reportsWhereAStatementCannotBeRead(String sql) {
		assertThatIllegalArgumentException().isThrownBy(() -> SqliteDdlParser.parseTable("t", sql))
			.withMessageMatching(".*(expected|ends too early|not closed|unexpected).*");
	}

}
