package dev.migrations.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.dialect.MigrationLock;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many instances of the packaged application start at once against one database. The test holds the migration lock
 * until every instance waits for it, then lets them race: every revision must be applied exactly once, the
 * {@code CREATE INDEX CONCURRENTLY} revision must not deadlock with the waiting instances, and every instance must end
 * up serving at the head.
 */
class ConcurrentStartupIT {

	private static final String HEAD = "7e5700000002";

	private static final List<String> REVISIONS = List.of("5ec6405addd0", "a41c7e29b5d8", "7e5700000001", HEAD);

	// The startup summary of the one instance that migrated; the others log "Nothing to do".
	private static final Pattern MIGRATED_FROM_BASE = Pattern
		.compile("Migrated 'dataSource' \\([a-z]+ [\\d.]+\\) from <base> to " + HEAD + ": 4 revisions in");

	@Test
	void eightInstancesOnOnePostgresqlDatabaseApplyEachRevisionOnceAndServeAtTheHead(@TempDir Path directory)
			throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "prod", "DATABASE_URL", database.url(),
					"DATABASE_USER", database.user(), "DATABASE_PASSWORD", database.password());
			try (Connection holder = DriverManager.getConnection(
					database.url() + "&ApplicationName=reliability-test-holder", database.user(), database.password())) {
				startAtOnce(8, directory, environment, holder, database.dataSource(),
						"held by pid ", "application 'reliability-test-holder'");
			}
			try (Connection connection = database.connect(); Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_tasks_title'::regclass")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getBoolean(1)).as("the concurrently built index is valid").isTrue();
			}
		}
	}

	@Test
	void fourInstancesOnOneSqliteFileApplyEachRevisionOnceAndServeAtTheHead(@TempDir Path directory)
			throws Exception {
		Path file = directory.resolve("data/sample.db");
		Files.createDirectories(file.getParent());
		try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file)) {
			startAtOnce(4, directory, Map.of(), holder, ReliabilityApps.sqlite(file),
					"held by pid " + ProcessHandle.current().pid() + " on ");
		}
	}

	private void startAtOnce(int count, Path directory, Map<String, String> environment, Connection holder,
			DataSource dataSource, String... holderDescription) throws Exception {
		List<SampleJar> apps = new ArrayList<>();
		try {
			try (MigrationLock lock = ReliabilityApps.lock(holder)) {
				for (int i = 0; i < count; i++) {
					apps.add(SampleJar.launch(directory, environment, ReliabilityApps.JVM_OPTIONS,
							ReliabilityApps.arguments("concurrent")));
				}
				for (SampleJar app : apps) {
					app.awaitLog("Waiting for the migration lock", ReliabilityApps.START_TIMEOUT);
				}
			}
			for (SampleJar app : apps) {
				app.awaitReady(ReliabilityApps.START_TIMEOUT);
			}
			Migrations migrations = ReliabilityApps.migrations(dataSource, "concurrent");
			assertThat(migrations.current()).containsExactly(HEAD);
			List<HistoryRecord> history = migrations.historyRecords(100);
			assertThat(history).extracting(HistoryRecord::revision).containsExactlyInAnyOrderElementsOf(REVISIONS);
			assertThat(history).allSatisfy((record) -> {
				assertThat(record.direction()).isEqualTo(Direction.UPGRADE);
				assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
			});
			int migrated = 0;
			for (SampleJar app : apps) {
				String log = app.log();
				assertThat(log).contains("Waiting for the migration lock").contains(holderDescription);
				if (MIGRATED_FROM_BASE.matcher(log).find()) {
					migrated++;
				}
				else {
					assertThat(log).contains("Nothing to do: the database is at " + HEAD);
				}
				assertThat(app.get("/users")).contains("first@example.com");
			}
			assertThat(migrated).as("instances that applied the revisions").isEqualTo(1);
		}
		finally {
			for (SampleJar app : apps) {
				app.close();
			}
		}
	}

}
