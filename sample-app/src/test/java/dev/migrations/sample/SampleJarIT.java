package dev.migrations.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar as operators do: with no configuration on SQLite, and with the prod profile on PostgreSQL.
 */
class SampleJarIT {

	@Test
	void startsWithNoConfigurationOnSqliteAndAppliesNothingWhenRestarted(@TempDir Path directory) throws Exception {
		try (SampleJar app = SampleJar.start(directory, Map.of())) {
			assertThat(app.get("/users")).isEqualTo("[]");
			assertThat(app.log()).containsPattern(
					"Migrated 'dataSource' \\(sqlite \\d+\\.\\d+[.\\d]*\\) from <base> to a41c7e29b5d8: 2 revisions in \\d+ ms");
		}
		assertThat(directory.resolve("data/sample.db")).exists();
		try (SampleJar app = SampleJar.start(directory, Map.of())) {
			assertThat(app.get("/users")).isEqualTo("[]");
			assertThat(app.log()).contains("Nothing to do: the database is at a41c7e29b5d8")
				.doesNotContain("Running upgrade");
		}
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("data/sample.db"));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM migrations_history")) {
			result.next();
			assertThat(result.getInt(1)).isEqualTo(2);
		}
	}

	@Test
	void migratesPostgresqlWithTheProdProfile(@TempDir Path directory) throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "prod", "DATABASE_URL", database.url(),
					"DATABASE_USER", database.user(), "DATABASE_PASSWORD", database.password());
			try (SampleJar app = SampleJar.start(directory, environment)) {
				assertThat(app.get("/users")).isEqualTo("[]");
				assertThat(app.log()).containsPattern(
						"Migrated 'dataSource' \\(postgresql \\d+\\.\\d+\\) from <base> to a41c7e29b5d8: 2 revisions in");
			}
			assertThat(SchemaSnapshot.of(database).tables()).containsKeys("users", "tasks", "migrations_version");
			assertThat(Files.exists(directory.resolve("data"))).isFalse();
		}
	}

}
