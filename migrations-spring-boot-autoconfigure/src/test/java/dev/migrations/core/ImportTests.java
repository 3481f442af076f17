package dev.migrations.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.ImportResult;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.FlywayChecksum;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code import flyway} and {@code import sql-init} on SQLite and PostgreSQL, against databases that the real Flyway
 * migrated.
 */
class ImportTests {

	@TempDir
	Path temp;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void flywayScriptsBecomeAChainThatUpgradesAndUndoScriptsBecomeDowngrades(TestDatabase database)
			throws IOException, SQLException {
		Path flyway = flywayScripts();
		Path revisions = this.temp.resolve("revisions");
		ImportResult result = migrations(database, revisions).imports().flyway("filesystem:" + flyway, revisions, false,
				"flyway_schema_history");
		assertThat(result.revisions()).extracting((created) -> created.revision().id())
			.containsExactly("v1", "v1_1", "v2");
		assertThat(result.revisions().get(1).revision().parents()).containsExactly("v1");
		assertThat(result.notConverted()).singleElement().asString().startsWith("R__users_view.sql");
		assertThat(result.stampedAt()).isNull();
		String v1 = Files.readString(result.revisions().get(0).file());
		assertThat(v1).startsWith("-- Flyway V1: create users\n-- Imported from Flyway: V1__create_users.sql")
			.contains("-- migrations:upgrade\n" + Files.readString(flyway.resolve("V1__create_users.sql")))
			.doesNotContain("migrations:downgrade");
		Migrations migrations = migrations(database, revisions);
		migrations.upgrade("head");
		assertThat(migrations.current()).containsExactly("v2");
		assertThat(TestDatabases.query(database, "SELECT email FROM users")).containsExactly("a@example.com");
		migrations.downgrade("-1");
		assertThat(migrations.current()).containsExactly("v1_1");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.downgrade("-1"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.IRREVERSIBLE_REVISION));
		assertThat(migrations.current()).containsExactly("v1_1");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void stampAdoptsADatabaseThatFlywayMigratedAndTheNextScriptRunsAsARevision(TestDatabase database)
			throws IOException, SQLException {
		Path flyway = flywayScripts();
		Path later = Files.move(flyway.resolve("V2__email_index.sql"), this.temp.resolve("V2__email_index.sql"));
		Files.delete(flyway.resolve("U2__email_index.sql"));
		flyway(database, flyway).migrate();
		Files.move(later, flyway.resolve("V2__email_index.sql"));
		Path revisions = this.temp.resolve("revisions");
		Migrations migrations = migrations(database, revisions);
		ImportResult result = migrations.imports().flyway("filesystem:" + flyway, revisions, true,
				"flyway_schema_history");
		assertThat(result.sourceVersion()).isEqualTo("Flyway version 1.1");
		assertThat(result.stampedAt()).isEqualTo("v1_1");
		assertThat(migrations.current()).containsExactly("v1_1");
		assertThat(migrations.pending()).extracting((revision) -> revision.id()).containsExactly("v2");
		migrations.upgrade("head");
		assertThat(migrations.current()).containsExactly("v2");
		assertThat(migrations.check().problems()).isEmpty();
		assertThat(TestDatabases.query(database, "SELECT count(*) FROM users")).containsExactly("1");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aScriptChangedSinceFlywayRanItIsRefusedAndNothingIsWritten(TestDatabase database)
			throws IOException, SQLException {
		Path flyway = flywayScripts();
		flyway(database, flyway).migrate();
		Files.writeString(flyway.resolve("V1_1__add_email.sql"), "-- edited\n", StandardOpenOption.APPEND);
		Path revisions = this.temp.resolve("revisions");
		Migrations migrations = migrations(database, revisions);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.imports().flyway("filesystem:" + flyway, revisions, true, "flyway_schema_history"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.IMPORT_REFUSED))
			.withMessageContaining("V1_1__add_email.sql changed since Flyway ran it");
		assertThat(revisions).doesNotExist();
		assertThat(TestDatabases.query(database, "SELECT count(*) FROM flyway_schema_history")).containsExactly("4");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aFailedFlywayMigrationAndAnAdoptedDatabaseAreRefused(TestDatabase database) throws IOException, SQLException {
		Path flyway = flywayScripts();
		flyway(database, flyway).migrate();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE flyway_schema_history SET success = " + (database.dialect()
				.equals("sqlite") ? "0" : "false") + " WHERE version = '2'");
		}
		Path revisions = this.temp.resolve("revisions");
		Migrations migrations = migrations(database, revisions);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.imports().flyway("filesystem:" + flyway, revisions, true, "flyway_schema_history"))
			.withMessageContaining("records failed migration(s) 2").withMessageContaining("flyway repair");
		assertThat(revisions).doesNotExist();
		migrations.imports().flyway("filesystem:" + flyway, revisions, false, "flyway_schema_history");
		migrations.stamp(List.of("v1"), false);
		Path again = this.temp.resolve("again");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.imports().flyway("filesystem:" + flyway, again, true, "flyway_schema_history"))
			.withMessageContaining("already has migrations version rows (v1)");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.imports().flyway("filesystem:" + flyway, revisions, false, "flyway_schema_history"))
			.withMessageContaining("already holds 3 revision file(s)");
	}

	@Test
	void badFlywayNamesAreRefusedWithTheFile() throws IOException {
		Path flyway = Files.createDirectories(this.temp.resolve("flyway"));
		Files.writeString(flyway.resolve("V1__a.sql"), "SELECT 1;");
		Files.writeString(flyway.resolve("V1.0__b.sql"), "SELECT 1;");
		Path revisions = this.temp.resolve("revisions");
		try (TestDatabase database = TestDatabase.sqlite()) {
			assertThatExceptionOfType(MigrationsException.class)
				.isThrownBy(() -> migrations(database, revisions).imports().flyway("filesystem:" + flyway, revisions, false,
						"flyway_schema_history"))
				.withMessageContaining("V1.0__b.sql").withMessageContaining("same version");
			Files.delete(flyway.resolve("V1.0__b.sql"));
			Files.writeString(flyway.resolve("Vx__c.sql"), "SELECT 1;");
			assertThatExceptionOfType(MigrationsException.class)
				.isThrownBy(() -> migrations(database, revisions).imports().flyway("filesystem:" + flyway, revisions, false,
						"flyway_schema_history"))
				.withMessageContaining("Vx__c.sql").withMessageContaining("rename it");
			assertThat(revisions).doesNotExist();
		}
	}

	@Test
	void flywayChecksumsIgnoreLineEndingsAndTheByteOrderMark() {
		assertThat(FlywayChecksum.of("\uFEFFa\r\nb\n")).isEqualTo(FlywayChecksum.of("a\nb"))
			.isNotEqualTo(FlywayChecksum.of("a\nc"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void sqlInitScriptsBecomeOneRevisionWithSectionsPerPlatformAndADowngrade(TestDatabase database)
			throws IOException, SQLException {
		Path scripts = Files.createDirectories(this.temp.resolve("resources"));
		Files.writeString(scripts.resolve("schema.sql"),
				"CREATE TABLE IF NOT EXISTS owners (id INTEGER PRIMARY KEY, name VARCHAR(30));\n"
						+ "CREATE VIEW owner_names AS SELECT name FROM owners;\n");
		Files.writeString(scripts.resolve("data.sql"), "INSERT INTO owners (id, name) VALUES (1, 'George');\n");
		Files.createDirectories(scripts.resolve("postgres"));
		Files.writeString(scripts.resolve("postgres/schema.sql"), "CREATE TABLE pets (id SERIAL PRIMARY KEY);\n");
		Files.writeString(scripts.resolve("schema-sqlite.sql"),
				"CREATE TABLE pets (id INTEGER PRIMARY KEY AUTOINCREMENT);\n");
		Files.writeString(scripts.resolve("schema-hsqldb.sql"), "CREATE TABLE pets (id IDENTITY);\n");
		Path revisions = this.temp.resolve("revisions");
		Migrations migrations = migrations(database, revisions);
		ImportResult result = migrations.imports().sqlInit("filesystem:" + scripts, revisions);
		assertThat(result.revisions()).hasSize(1);
		assertThat(result.notConverted()).singleElement().asString().contains("schema-hsqldb.sql")
			.contains("no dialect for platform 'hsqldb'");
		String content = Files.readString(result.revisions().get(0).file());
		assertThat(content).contains("-- migrations:upgrade dialect=postgresql\nCREATE TABLE pets (id SERIAL")
			.contains("-- migrations:downgrade\nDROP VIEW IF EXISTS owner_names;\nDROP TABLE IF EXISTS owners;");
		migrations.upgrade("head");
		assertThat(TestDatabases.query(database, "SELECT name FROM owner_names")).containsExactly("George");
		assertThat(TestDatabases.query(database, "SELECT count(*) FROM pets")).containsExactly("0");
		migrations.downgrade("base");
		assertThat(tables(database)).isEmpty();
	}

	private static List<String> tables(TestDatabase database) throws SQLException {
		return database.dialect().equals("sqlite")
				? TestDatabases.query(database, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
						+ " AND name NOT LIKE 'migrations_%' AND name NOT LIKE 'sqlite_%'")
				: TestDatabases.query(database, "SELECT table_name FROM information_schema.tables WHERE"
						+ " table_schema = current_schema() AND table_name NOT LIKE 'migrations_%'");
	}

	private Path flywayScripts() throws IOException {
		Path flyway = Files.createDirectories(this.temp.resolve("flyway"));
		Files.writeString(flyway.resolve("V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
		Files.writeString(flyway.resolve("V1_1__add_email.sql"),
				"ALTER TABLE users ADD COLUMN email VARCHAR(100);\r\nINSERT INTO users (id, email) VALUES (1, 'a@example.com');");
		Files.writeString(flyway.resolve("V2__email_index.sql"), "CREATE INDEX users_email ON users (email);\n");
		Files.writeString(flyway.resolve("U2__email_index.sql"), "DROP INDEX users_email;\n");
		Files.writeString(flyway.resolve("R__users_view.sql"), "CREATE VIEW user_emails AS SELECT email FROM users;\n");
		return flyway;
	}

	private static Flyway flyway(TestDatabase database, Path scripts) {
		return Flyway.configure().dataSource(database.url(), database.user(), database.password())
			.locations("filesystem:" + scripts)
			.load();
	}

	private static Migrations migrations(TestDatabase database, Path revisions) {
		return Migrations.builder(database.dataSource())
			.locations(List.of("filesystem:" + revisions))
			.build();
	}

}
