package dev.migrations.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.HistoryRows;
import dev.migrations.testsupport.RevisionFiles;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A non-transactional revision that fails or dies part-way is recorded, blocks every further migration with a
 * message that names it and the commands that resolve it, and is resolved on purpose. Where each DDL statement
 * commits by itself (H2, MariaDB, MySQL) every revision is run so.
 */
class FailedStepTests {

	private static final String R1 = "5a1e00000001";

	private static final String R2 = "5a1e00000002";

	private static final String R3 = "5a1e00000003";

	private static final String APPLIED = "'migrations resolve " + R2 + " --applied'";

	private static final String NOT_APPLIED = "'migrations resolve " + R2 + " --not-applied'";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void failedNonTransactionalRevisionIsRecordedAndBlocksEveryMigration(TestDatabase database, @TempDir Path files)
			throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("nontransactional", files));
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.SQL_FAILED);
				assertThat(ex.getMessage()).contains("upgrade of revision '" + R2 + "' failed at ")
					.contains("2026_05_02_1000-5a1e00000002_split_items.sql:10: ")
					.contains("the statements before line 10 stay applied")
					.contains(APPLIED)
					.contains(NOT_APPLIED);
			});
		assertThat(migrations.current()).containsExactly(R1);
		assertThat(SchemaSnapshot.of(database).tables()).containsKey("part_one").doesNotContainKey("part_two");
		assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(R2, Outcome.FAILED), tuple(R1, Outcome.SUCCESS));
		assertThat(migrations.historyRecords(1).get(0).finishedAt()).isNotNull();
		assertThat(migrations.unresolvedFailures()).extracting(HistoryRecord::revision).containsExactly(R2);
		SchemaSnapshot before = SchemaSnapshot.of(database);
		for (Runnable command : List.<Runnable>of(() -> migrations.upgrade("heads"), () -> migrations.downgrade("base"),
				migrations::validate)) {
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(command::run).satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.UNRESOLVED_FAILURE);
				assertThat(ex.getMessage()).contains("The upgrade of revision '" + R2 + "' (")
					.contains("2026_05_02_1000-5a1e00000002_split_items.sql) did not finish: it failed at ")
					.contains("no migration runs until this is resolved")
					.contains(APPLIED)
					.contains(NOT_APPLIED);
			});
		}
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void resolvedAsNotAppliedTheRevisionRunsAgain(TestDatabase database, @TempDir Path files) throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("nontransactional", files));
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"));
		// The operator undoes the partial change and fixes the file, which may change freely: it is not applied.
		execute(database, "DROP TABLE part_one");
		RevisionFiles.edit(files, R2, "INSERT INTO no_such_table (id) VALUES (1);\n", "");
		Migrations fixed = migrations(database, "filesystem:" + files);
		MigrationResult resolved = fixed.resolve(R2, Resolution.NOT_APPLIED);
		assertThat(resolved.before()).containsExactly(R1);
		assertThat(resolved.current()).containsExactly(R1);
		assertThat(fixed.upgrade("heads").steps()).extracting((step) -> step.step().revision().id())
			.containsExactly(R2, R3);
		assertThat(fixed.historyRecords(10)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(R3, Outcome.SUCCESS), tuple(R2, Outcome.SUCCESS), tuple(R2, Outcome.DISCARDED),
					tuple(R2, Outcome.FAILED), tuple(R1, Outcome.SUCCESS));
		assertThat(fixed.unresolvedFailures()).isEmpty();
		assertThat(SchemaSnapshot.of(database).tables()).containsKeys("part_one", "part_two", "after_split");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void resolvedAsAppliedTheVersionRowsMoveAndTheNextRevisionsRun(TestDatabase database, @TempDir Path files)
			throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("nontransactional", files));
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"));
		// The operator completes the revision by hand instead.
		execute(database, "CREATE TABLE part_two (id INTEGER PRIMARY KEY)");
		MigrationResult resolved = migrations.resolve("5a1e0000000", Resolution.APPLIED);
		assertThat(resolved.current()).containsExactly(R2);
		HistoryRecord record = migrations.historyRecords(1).get(0);
		assertThat(record.outcome()).isEqualTo(Outcome.RESOLVED);
		assertThat(record.direction()).isEqualTo(Direction.UPGRADE);
		assertThat(record.durationMillis()).isZero();
		assertThat(migrations.upgrade("heads").steps()).extracting((step) -> step.step().revision().id())
			.containsExactly(R3);
		assertThat(migrations.downgrade(R1).current()).containsExactly(R1);
		assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKeys("part_one", "part_two", "after_split");
	}

	// A process killed during a non-transactional revision leaves its history row STARTED; the row is written here as
	// that process wrote it (the sample application's crash test kills a real process).
	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void stepOfAProcessThatDiedIsMarkedFailedAndBlocksEveryMigration(TestDatabase database, @TempDir Path files)
			throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("nontransactional", files));
		migrations.upgrade("+1");
		Instant started = Instant.parse("2026-05-02T10:00:00Z");
		try (Connection connection = database.connect()) {
			HistoryRows.append(connection, new HistoryRecord(R2, Direction.UPGRADE, "Split items", "split_items.sql",
					"00000000", started, null, null, "deploy", Outcome.STARTED));
		}
		assertThat(migrations.unresolvedFailures()).extracting(HistoryRecord::outcome).containsExactly(Outcome.STARTED);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.UNRESOLVED_FAILURE);
				assertThat(ex.getMessage()).contains("The upgrade of revision '" + R2 + "' (split_items.sql) did not"
						+ " finish: it started at 2026-05-02T10:00:00Z (run by deploy) and its process stopped before"
						+ " it finished")
					.contains(APPLIED)
					.contains(NOT_APPLIED);
			});
		HistoryRecord marked = migrations.historyRecords(1).get(0);
		assertThat(marked.outcome()).isEqualTo(Outcome.FAILED);
		assertThat(marked.startedAt()).isEqualTo(started);
		assertThat(marked.finishedAt()).isNull();
		assertThat(migrations.current()).containsExactly(R1);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void resolvingWhatDidNotFailIsAnError(TestDatabase database, @TempDir Path files) throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("nontransactional", files));
		migrations.upgrade("+1");
		SchemaSnapshot before = SchemaSnapshot.of(database);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.resolve(R1, Resolution.APPLIED))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.NOTHING_TO_RESOLVE))
			.withMessageContaining("No failed step of revision '" + R1 + "' waits to be resolved")
			.withMessageContaining("no failed step waits to be resolved");
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void failingFirstRevisionLeavesANeverMigratedDatabaseEmpty(TestDatabase database, @TempDir Path files)
			throws SQLException {
		String location = RevisionFiles.copy("linear", files);
		RevisionFiles.edit(files, "1a2b3c4d5e6f", "CREATE TABLE users", "CREATE TABLE no_such_schema.users");
		Migrations migrations = migrations(database, location);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.SQL_FAILED);
				assertThat(ex.getMessage()).contains(database.transactionalDdl() ? "The revision was rolled back"
						: "Nothing of the revision ran: its first statement failed");
			});
		if (database.transactionalDdl()) {
			assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
		}
		else {
			// The version tables were created, and committed, before the revision ran; nothing else was.
			assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("migrations_version",
					"migrations_history");
			assertThat(migrations.current()).isEmpty();
			assertThat(migrations.historyRecords(10)).isEmpty();
		}
	}

	// The documented difference: where DDL is transactional the failed revision rolls back; where each DDL statement
	// commits by itself (H2, MariaDB, MySQL) the statements before the failed one stay, the version table stays at
	// the last revision that fully ran, and the failure waits to be resolved like a non-transactional revision's.
	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void transactionalRevisionFailingPartWayRollsBackOrStopsWhereDdlCommitsByItself(TestDatabase database,
			@TempDir Path files) throws SQLException {
		String location = RevisionFiles.copy("nontransactional", files);
		RevisionFiles.edit(files, R2, "-- Transactional: false\n", "");
		Migrations migrations = migrations(database, location);
		MigrationsException failure = catchThrowableOfType(MigrationsException.class,
				() -> migrations.upgrade("heads"));
		assertThat(failure.getCode()).isEqualTo(ErrorCode.SQL_FAILED);
		assertThat(failure.getMessage()).contains("upgrade of revision '" + R2 + "' failed at ")
			.contains("2026_05_02_1000-5a1e00000002_split_items.sql:9: ");
		assertThat(migrations.current()).containsExactly(R1);
		if (database.transactionalDdl()) {
			assertThat(failure.getMessage()).contains("The revision was rolled back");
			assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKey("part_one");
			assertThat(migrations.unresolvedFailures()).isEmpty();
			return;
		}
		assertThat(failure.getMessage()).contains(database.dialect() + " commits each DDL statement by itself")
			.contains("the statements before line 9 stay applied (1 of 3: line 8 of "
					+ "2026_05_02_1000-5a1e00000002_split_items.sql), the one at line 9 failed and the 1 after it"
					+ " did not run")
			.contains("The version table stays at the last revision that fully ran")
			.contains(APPLIED)
			.contains(NOT_APPLIED);
		assertThat(SchemaSnapshot.of(database).tables()).containsKey("part_one").doesNotContainKey("part_two");
		assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(R2, Outcome.FAILED), tuple(R1, Outcome.SUCCESS));
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNRESOLVED_FAILURE));
		// The operator completes the revision by hand and says so; the next revision then runs.
		execute(database, "CREATE TABLE part_two (id INTEGER PRIMARY KEY)");
		assertThat(migrations.resolve(R2, Resolution.APPLIED).current()).containsExactly(R2);
		assertThat(migrations.upgrade("heads").current()).containsExactly(R3);
	}

	private static Migrations migrations(TestDatabase database, String location) {
		return Migrations.builder(database.dataSource()).locations(List.of(location)).build();
	}

	private static void execute(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
