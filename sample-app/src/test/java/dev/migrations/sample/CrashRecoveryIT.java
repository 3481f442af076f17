package dev.migrations.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The packaged application is killed with SIGKILL in the middle of a long revision, then started again. A
 * transactional revision leaves the database at the previous revision and completes on restart; a non-transactional
 * one is recorded as started and never finished, and startup refuses, naming the revision and the commands that
 * resolve it, until the operator resolves it.
 */
class CrashRecoveryIT {

	private static final String PREVIOUS = "a41c7e29b5d8";

	private static final String TRANSACTIONAL = "c7a5b0000001";

	private static final String NON_TRANSACTIONAL = "c7a5b0000002";

	// How long the revision runs while it is to be killed: pg_sleep seconds, or SQLite recursion steps.
	private static final long FOREVER = 1_000_000_000_000L;

	@Test
	void transactionalRevisionKilledOnPostgresqlRollsBackAndCompletesOnRestart(@TempDir Path directory)
			throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			Postgres target = new Postgres(database, directory);
			killDuringTransactionalRevision(target);
		}
	}

	@Test
	void transactionalRevisionKilledOnSqliteRollsBackAndCompletesOnRestart(@TempDir Path directory)
			throws Exception {
		killDuringTransactionalRevision(new Sqlite(directory));
	}

	@Test
	void nonTransactionalRevisionKilledOnPostgresqlBlocksStartupUntilResolved(@TempDir Path directory)
			throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			killDuringNonTransactionalRevision(new Postgres(database, directory));
		}
	}

	@Test
	void nonTransactionalRevisionKilledOnSqliteBlocksStartupUntilResolved(@TempDir Path directory)
			throws Exception {
		killDuringNonTransactionalRevision(new Sqlite(directory));
	}

	private void killDuringTransactionalRevision(Target target) throws Exception {
		String revisions = "crash-transactional";
		target.control(FOREVER);
		target.killDuringLongStatement(revisions, true);
		Migrations migrations = ReliabilityApps.migrations(target.dataSource(), revisions);
		assertThat(migrations.current()).containsExactly(PREVIOUS);
		assertThat(tables(target.dataSource())).doesNotContain("crash_data");
		assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::revision)
			.containsExactlyInAnyOrderElementsOf(ReliabilityApps.SAMPLE_REVISIONS);
		target.control(10);
		try (SampleJar app = target.launch(revisions)) {
			app.awaitReady(ReliabilityApps.START_TIMEOUT);
			assertThat(app.log()).containsPattern("Migrated 'dataSource' \\([a-z]+ [\\d.]+\\) from " + PREVIOUS + " to "
					+ TRANSACTIONAL + ": 1 revision in");
			assertThat(app.get("/users")).isEqualTo("[]");
		}
		assertThat(migrations.current()).containsExactly(TRANSACTIONAL);
		assertThat(migrations.historyRecords(1)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(TRANSACTIONAL, Outcome.SUCCESS));
	}

	private void killDuringNonTransactionalRevision(Target target) throws Exception {
		String revisions = "crash-nontransactional";
		target.control(FOREVER);
		target.killDuringLongStatement(revisions, false);
		Migrations migrations = ReliabilityApps.migrations(target.dataSource(), revisions);
		assertThat(migrations.current()).containsExactly(PREVIOUS);
		HistoryRecord started = migrations.historyRecords(1).get(0);
		assertThat(started.revision()).isEqualTo(NON_TRANSACTIONAL);
		assertThat(started.outcome()).isEqualTo(Outcome.STARTED);
		assertThat(started.finishedAt()).isNull();
		assertThat(tables(target.dataSource())).as("the first statement committed on its own").contains("crash_data");

		try (SampleJar refused = target.launch(revisions)) {
			assertThat(refused.awaitExit(ReliabilityApps.START_TIMEOUT)).isNotZero();
			assertThat(refused.log()).contains("[UNRESOLVED_FAILURE]")
				.contains("The upgrade of revision '" + NON_TRANSACTIONAL + "' (")
				.contains("2026_07_03_1000-c7a5b0000002_long_index_build.sql) did not finish: it started at ")
				.contains("its process stopped before it finished")
				.contains("'migrations resolve " + NON_TRANSACTIONAL + " --applied'")
				.contains("'migrations resolve " + NON_TRANSACTIONAL + " --not-applied'")
				.doesNotContain("Started SampleApplication");
		}
		HistoryRecord failed = migrations.historyRecords(1).get(0);
		assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(failed.startedAt()).isEqualTo(started.startedAt());
		assertThat(failed.finishedAt()).isNull();

		// The operator undoes the partial change, then runs the command the message names.
		execute(target.dataSource(), "DROP TABLE crash_data");
		target.control(10);
		SampleCli.Result resolved = target.cli(revisions, "resolve", NON_TRANSACTIONAL, "--not-applied");
		assertThat(resolved.exitCode()).as(resolved.err()).isZero();
		assertThat(resolved.out()).contains("Resolved " + NON_TRANSACTIONAL + " as not-applied");
		try (SampleJar app = target.launch(revisions)) {
			app.awaitReady(ReliabilityApps.START_TIMEOUT);
			assertThat(app.log()).containsPattern("Migrated 'dataSource' \\([a-z]+ [\\d.]+\\) from " + PREVIOUS + " to "
					+ NON_TRANSACTIONAL + ": 1 revision in");
		}
		assertThat(migrations.current()).containsExactly(NON_TRANSACTIONAL);
		assertThat(migrations.historyRecords(3)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(NON_TRANSACTIONAL, Outcome.SUCCESS), tuple(NON_TRANSACTIONAL, Outcome.DISCARDED),
					tuple(NON_TRANSACTIONAL, Outcome.FAILED));
		assertThat(migrations.unresolvedFailures()).isEmpty();
	}

	private static List<String> withLocations(String revisions, String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add(ReliabilityApps.arguments(revisions)[0]);
		return all;
	}

	private static List<String> tables(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				ResultSet result = connection.getMetaData()
					.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			List<String> names = new ArrayList<>();
			while (result.next()) {
				names.add(result.getString("TABLE_NAME"));
			}
			return names;
		}
	}

	private static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * A database the application is started against, with the table that sets how long the revision runs.
	 */
	private abstract static class Target {

		final Path directory;

		Target(Path directory) {
			this.directory = directory;
		}

		abstract DataSource dataSource();

		abstract SampleJar launch(String revisions) throws Exception;

		/**
		 * Runs {@code java -jar sample-app.jar migrations ...} against the database, as an operator would.
		 */
		abstract SampleCli.Result cli(String revisions, String... arguments) throws Exception;

		/**
		 * Starts the application, waits until it runs the revision's long statement, and kills it with SIGKILL.
		 */
		abstract void killDuringLongStatement(String revisions, boolean inTransaction) throws Exception;

		void control(long amount) throws SQLException {
			execute(dataSource(), "CREATE TABLE IF NOT EXISTS crash_control (amount BIGINT NOT NULL)");
			execute(dataSource(), "DELETE FROM crash_control");
			execute(dataSource(), "INSERT INTO crash_control (amount) VALUES (" + amount + ")");
		}

	}

	private static final class Postgres extends Target {

		private final TestDatabase database;

		private final String applicationName = "crash-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

		Postgres(TestDatabase database, Path directory) {
			super(directory);
			this.database = database;
		}

		@Override
		DataSource dataSource() {
			return this.database.dataSource();
		}

		@Override
		SampleJar launch(String revisions) throws Exception {
			Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "prod", "DATABASE_URL",
					this.database.url() + "&ApplicationName=" + this.applicationName, "DATABASE_USER",
					this.database.user(), "DATABASE_PASSWORD", this.database.password());
			return SampleJar.launch(this.directory, environment, ReliabilityApps.JVM_OPTIONS,
					ReliabilityApps.arguments(revisions));
		}

		@Override
		SampleCli.Result cli(String revisions, String... arguments) throws Exception {
			Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "prod", "DATABASE_URL",
					this.database.url(), "DATABASE_USER", this.database.user(), "DATABASE_PASSWORD",
					this.database.password());
			return SampleCli.run(this.directory, environment, withLocations(revisions, arguments));
		}

		// The server must end the killed instance's session on its own, long before the sleep would end: that frees
		// the lock and rolls back its transaction.
		@Override
		void killDuringLongStatement(String revisions, boolean inTransaction) throws Exception {
			SampleJar app = launch(revisions);
			await(app, "pg_sleep", 1);
			app.kill();
			await(app, "", 0);
		}

		private void await(SampleJar app, String query, int sessions) throws Exception {
			long deadline = System.nanoTime() + ReliabilityApps.START_TIMEOUT.toNanos();
			while (count(query) != sessions) {
				if (System.nanoTime() - deadline > 0) {
					throw new IllegalStateException("Expected " + sessions + " session(s) of " + this.applicationName
							+ " running '" + query + "', found " + count(query) + ":\n" + app.log());
				}
				Thread.sleep(200);
			}
		}

		private int count(String query) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.database.url(), this.database.user(),
					this.database.password());
					PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
							+ " WHERE application_name = ? AND state = 'active' AND query LIKE ?")) {
				statement.setString(1, this.applicationName);
				statement.setString(2, "%" + query + "%");
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					int active = result.getInt(1);
					if (!query.isEmpty()) {
						return active;
					}
				}
				try (PreparedStatement all = connection
					.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
					all.setString(1, this.applicationName);
					try (ResultSet result = all.executeQuery()) {
						result.next();
						return result.getInt(1);
					}
				}
			}
		}

	}

	private static final class Sqlite extends Target {

		private final Path file;

		Sqlite(Path directory) throws Exception {
			super(directory);
			this.file = directory.resolve("data/sample.db");
			Files.createDirectories(this.file.getParent());
		}

		@Override
		DataSource dataSource() {
			return ReliabilityApps.sqlite(this.file);
		}

		@Override
		SampleJar launch(String revisions) throws Exception {
			return SampleJar.launch(this.directory, Map.of(), ReliabilityApps.JVM_OPTIONS,
					ReliabilityApps.arguments(revisions, "--logging.level.dev.migrations.core.runtime.StepExecutor=DEBUG"));
		}

		@Override
		SampleCli.Result cli(String revisions, String... arguments) throws Exception {
			return SampleCli.run(this.directory, Map.of(), withLocations(revisions, arguments));
		}

		// The statement runs once the executor logged it. Inside a transaction, SQLite's rollback journal holds the
		// revision's earlier changes: it is still there after the kill, and the next connection rolls it back.
		@Override
		void killDuringLongStatement(String revisions, boolean inTransaction) throws Exception {
			SampleJar app = launch(revisions);
			app.awaitLog("WITH RECURSIVE", ReliabilityApps.START_TIMEOUT);
			Path journal = this.file.resolveSibling(this.file.getFileName() + "-journal");
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (inTransaction && !Files.exists(journal) && System.nanoTime() - deadline < 0) {
				Thread.sleep(50);
			}
			Thread.sleep(1000);
			assertThat(app.log()).doesNotContain("Started SampleApplication");
			app.kill();
			if (inTransaction) {
				assertThat(journal).as("the journal of the transaction in flight").exists();
			}
		}

	}

}
