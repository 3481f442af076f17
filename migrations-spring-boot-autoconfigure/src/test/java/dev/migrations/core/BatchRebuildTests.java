package dev.migrations.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.DatabaseDump;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What SQLite's table rebuilds promise, checked on SQLite and, for the same revisions, on PostgreSQL: no ON DELETE
 * CASCADE fires while a referenced table is rebuilt with foreign keys enforced, a foreign key violation fails the
 * revision and leaves the database unchanged, and everything the operations do not change comes back.
 */
class BatchRebuildTests {

	private static final String PARENT_AND_CHILD = """
			create table owners (id integer autoincrement primary key, city varchar(80))
			create table pets (
				id integer autoincrement primary key,
				owner_id integer references owners (id) on delete cascade,
				name varchar(30)
			)
			create table visits (id integer autoincrement primary key, pet_id integer, description text)
			""";

	@TempDir
	Path directory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void rebuildingAReferencedTableFiresNoCascadeWithForeignKeysEnforced(TestDatabase database) throws SQLException {
		PortableRevisions.operations(this.directory, "c1000000001", null, PARENT_AND_CHILD);
		PortableRevisions.operations(this.directory, "c1000000002", "c1000000001",
				"alter column owners.city type varchar(200) from varchar(80)\n"
						+ "alter column owners.city set not null");
		DataSource dataSource = enforcingForeignKeys(database);
		Migrations migrations = migrations(dataSource);
		migrations.upgrade("c1000000001");
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO owners (city) VALUES ('Madison'), ('Monona')");
			statement.execute("INSERT INTO pets (owner_id, name) VALUES (1, 'Leo'), (2, 'Basil'), (2, 'Rosy')");
		}
		DatabaseDump before = DatabaseDump.of(database);
		migrations.upgrade("heads");
		DatabaseDump after = DatabaseDump.of(database);
		assertThat(after.rows()).isEqualTo(before.rows());
		assertThat(after.tables().table("owners").orElseThrow().column("city").orElseThrow().nullable()).isFalse();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM owners WHERE id = 2");
			assertThat(count(statement, "SELECT COUNT(*) FROM pets")).as("the cascade still works after").isEqualTo(1);
			if (database.dialect().equals("sqlite")) {
				assertThat(count(statement, "PRAGMA foreign_keys")).as("enforcement is back on").isEqualTo(1);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aForeignKeyViolationFailsTheRevisionAndLeavesTheDatabaseUnchanged(TestDatabase database)
			throws SQLException {
		PortableRevisions.operations(this.directory, "c1000000001", null, PARENT_AND_CHILD);
		PortableRevisions.operations(this.directory, "c1000000002", "c1000000001",
				"add column visits.weight integer null\n"
						+ "add foreign key fk_visits_pet on visits (pet_id) references pets (id)");
		Migrations migrations = migrations(database.dataSource());
		migrations.upgrade("c1000000001");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO owners (city) VALUES ('Madison')");
			statement.execute("INSERT INTO pets (owner_id, name) VALUES (1, 'Leo')");
			statement.execute("INSERT INTO visits (pet_id, description) VALUES (1, 'ok'), (7, 'orphan'),"
					+ " (9, 'orphan too')");
		}
		DatabaseDump before = DatabaseDump.of(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.SQL_FAILED))
			.withMessageContaining("c1000000002")
			.withMessageContaining(database.dialect().equals("sqlite") ? "after rebuilding table 'visits', rows"
					+ " violate its foreign keys: 'visits' referencing 'pets' at rowid 2, 3" : "fk_visits_pet")
			.withMessageContaining("rolled back");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
		assertThat(migrations.current()).containsExactly("c1000000001");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aRebuildKeepsCollationsNamedAndUnnamedChecksIndexesTriggersAndViews(TestDatabase database) throws SQLException {
		boolean sqlite = database.dialect().equals("sqlite");
		PortableRevisions.operations(this.directory, "c1000000001", null, """
				execute sqlite $$CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT COLLATE NOCASE NOT NULL
						CHECK (label <> ''), rank INTEGER DEFAULT (1 + 1), CONSTRAINT ck_rank CHECK (rank < 100));
					CREATE INDEX ix_tags_rank ON tags (rank DESC);
					CREATE INDEX ix_tags_lower ON tags (lower(label), (rank + 1));
					CREATE VIEW v_tags AS SELECT label FROM tags;
					CREATE TRIGGER trg_tags AFTER INSERT ON tags BEGIN UPDATE tags SET rank = rank WHERE id = 0; END$$
					postgresql $sql$CREATE TABLE tags (id integer PRIMARY KEY, label text COLLATE "C" NOT NULL
						CHECK (label <> ''), rank integer DEFAULT (1 + 1), CONSTRAINT ck_rank CHECK (rank < 100));
					CREATE INDEX ix_tags_rank ON tags (rank);
					CREATE INDEX ix_tags_lower ON tags (lower(label), (rank + 1));
					CREATE VIEW v_tags AS SELECT label FROM tags;
					CREATE FUNCTION tags_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
					CREATE TRIGGER trg_tags AFTER INSERT ON tags FOR EACH ROW EXECUTE FUNCTION tags_touch()$sql$
				""");
		PortableRevisions.operations(this.directory, "c1000000002", "c1000000001",
				"alter column tags.rank set default 7 from (1 + 1)");
		Migrations migrations = migrations(database.dataSource());
		migrations.upgrade("c1000000001");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO tags (id, label) VALUES (1, 'a'), (2, 'B')");
		}
		DatabaseDump before = DatabaseDump.of(database);
		migrations.upgrade("heads");
		DatabaseDump after = DatabaseDump.of(database);
		Table tags = before.tables().table("tags").orElseThrow();
		Table expected = tags.withColumns(tags.columns().stream()
			.map((column) -> column.name().equals("rank") ? column.withDefault("7") : column)
			.toList());
		assertThat(after.tables().table("tags")).contains(expected);
		assertThat(after.triggers()).isEqualTo(before.triggers()).hasSize(1);
		assertThat(after.rows()).isEqualTo(before.rows());
		assertThat(tags.column("label").map(Column::collation)).contains(sqlite ? "NOCASE" : "C");
		assertThat(tags.checks()).hasSize(2);
		assertThat(tags.indexes()).hasSize(2);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			assertThat(count(statement, "SELECT COUNT(*) FROM v_tags")).as("the view still reads the table").isEqualTo(2);
		}
		migrations.downgrade("c1000000001");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aTableTheModelCannotHoldStopsOnlyItsOwnRebuild(TestDatabase database) throws SQLException {
		PortableRevisions.operations(this.directory, "c1000000001", null, PARENT_AND_CHILD + """
				execute sqlite $$CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID$$
					postgresql $$CREATE TABLE settings (name text PRIMARY KEY, value text)$$
				""");
		PortableRevisions.operations(this.directory, "c1000000002", "c1000000001",
				"alter column owners.city set default 'Madison' from none");
		PortableRevisions.operations(this.directory, "c1000000003", "c1000000002",
				"alter column settings.value set default 'on' from none");
		Migrations migrations = migrations(database.dataSource());
		migrations.upgrade("c1000000002");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO owners (id) VALUES (1)");
			try (ResultSet result = statement.executeQuery("SELECT city FROM owners")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).as("owners was rebuilt beside the table the model cannot hold")
					.isEqualTo("Madison");
			}
		}
		if (database.dialect().equals("sqlite")) {
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_SCHEMA))
				.withMessageContaining("c1000000003_portable.sql:8: 'alter column settings.value set default 'on' from"
						+ " none' cannot run on sqlite: Cannot read SQLite table 'settings'")
				.withMessageContaining("WITHOUT ROWID");
			assertThat(migrations.current()).containsExactly("c1000000002");
		}
		else {
			migrations.upgrade("heads");
			assertThat(migrations.current()).containsExactly("c1000000003");
		}
	}

	private Migrations migrations(DataSource dataSource) {
		return Migrations.builder(dataSource).locations(List.of(PortableRevisions.location(this.directory))).build();
	}

	private static DataSource enforcingForeignKeys(TestDatabase database) {
		if (!database.dialect().equals("sqlite")) {
			return database.dataSource();
		}
		SQLiteConfig config = new SQLiteConfig();
		config.enforceForeignKeys(true);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl(database.url());
		return dataSource;
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
