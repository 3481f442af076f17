package dev.migrations.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.StepResult;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationsTests {

	private static final String R1 = "1a2b3c4d5e6f";

	private static final String R2 = "2b3c4d5e6f7a";

	private static final String R3 = "3c4d5e6f7a8b";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void upgradeAppliesEveryRevisionInOrderAndRecordsThem(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "linear");
		MigrationResult result = migrations.upgrade("heads");
		assertThat(result.before()).isEmpty();
		assertThat(result.steps()).extracting((step) -> step.step().revision().id()).containsExactly(R1, R2, R3);
		assertThat(result.current()).containsExactly(R3);
		assertThat(migrations.current()).containsExactly(R3);
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("migrations_history", "migrations_version",
				"tasks", "users");
		assertThat(SchemaSnapshot.of(database).tables().get("tasks")).contains("priority");
		List<HistoryRecord> history = migrations.historyRecords(10);
		assertThat(history).extracting(HistoryRecord::revision).containsExactly(R3, R2, R1);
		assertThat(history).allSatisfy((record) -> {
			assertThat(record.direction()).isEqualTo(Direction.UPGRADE);
			assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
			assertThat(record.checksum()).matches("[0-9a-f]{8}");
			assertThat(record.installedBy()).isNotBlank();
			assertThat(record.finishedAt()).isAfterOrEqualTo(record.startedAt());
			assertThat(record.durationMillis()).isNotNegative();
		});
		assertThat(history.get(0).message()).isEqualTo("Add task priority");
		assertThat(history.get(0).script()).endsWith("2026_02_01_1000-3c4d5e6f7a8b_add_task_priority.sql");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void upgradeAtHeadDoesNothing(TestDatabase database) {
		Migrations migrations = migrations(database, "linear");
		migrations.upgrade("heads");
		MigrationResult again = migrations.upgrade("heads");
		assertThat(again.steps()).isEmpty();
		assertThat(again.current()).containsExactly(R3);
		assertThat(migrations.historyRecords(10)).hasSize(3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void downgradeToBaseThenUpgradeAgain(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "linear");
		migrations.upgrade("head");
		MigrationResult down = migrations.downgrade("base");
		assertThat(down.steps()).extracting((step) -> step.step().revision().id()).containsExactly(R3, R2, R1);
		assertThat(down.steps()).extracting((step) -> step.step().direction()).containsOnly(Direction.DOWNGRADE);
		assertThat(down.current()).isEmpty();
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("migrations_history", "migrations_version");
		MigrationResult up = migrations.upgrade("heads");
		assertThat(up.steps()).hasSize(3);
		assertThat(migrations.current()).containsExactly(R3);
		assertThat(migrations.historyRecords(100)).extracting(HistoryRecord::direction).containsExactly(
				Direction.UPGRADE, Direction.UPGRADE, Direction.UPGRADE, Direction.DOWNGRADE, Direction.DOWNGRADE,
				Direction.DOWNGRADE, Direction.UPGRADE, Direction.UPGRADE, Direction.UPGRADE);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void relativeAndExplicitTargetsMoveStepByStep(TestDatabase database) {
		Migrations migrations = migrations(database, "linear");
		assertThat(migrations.upgrade("+1").current()).containsExactly(R1);
		assertThat(migrations.upgrade("+2").current()).containsExactly(R3);
		assertThat(migrations.downgrade("-1").current()).containsExactly(R2);
		assertThat(migrations.downgrade(R1).current()).containsExactly(R1);
		assertThat(migrations.upgrade(R2).current()).containsExactly(R2);
		assertThat(migrations.downgrade("-2").current()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void failingRevisionLeavesTheDatabaseAsBeforeAndNamesFileLineAndMessage(TestDatabase database)
			throws SQLException {
		Migrations migrations = migrations(database, "failing");
		migrations.upgrade(R3);
		SchemaSnapshot before = SchemaSnapshot.of(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.SQL_FAILED);
				assertThat(ex.getMessage()).contains("revision '4d5e6f7a8b9c'")
					.contains("2026_02_02_1000-4d5e6f7a8b9c_broken.sql:11")
					.containsIgnoringCase("no_such_table")
					.contains("rolled back");
			});
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
		assertThat(migrations.current()).containsExactly(R3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void trickyStatementsAreSplitWhereTheDatabaseWouldSplitThem(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "splitting");
		MigrationResult result = migrations.upgrade("heads");
		assertThat(result.steps()).extracting(StepResult::step).hasSize(1);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			assertThat(strings(statement, "SELECT body FROM notes ORDER BY id"))
				.containsExactly("semi;colon; inside a string", "it's quoted; still one statement");
			statement.executeUpdate("UPDATE notes SET body = 'changed' WHERE id = 1");
			assertThat(strings(statement, "SELECT touched FROM notes WHERE id = 1")).containsExactly("1");
			if (database.dialect().equals("postgresql")) {
				assertThat(strings(statement, "SELECT shout('hi'), tagged('x'), add_one(41)"))
					.containsExactly("HI!", "x;tag", "42");
			}
		}
		migrations.downgrade("base");
		assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKey("notes");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void versionTablesGoWhereConfigured(TestDatabase database) throws SQLException {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(location("linear")))
			.versionTable("app_version")
			.historyTable("app_history")
			.build();
		migrations.upgrade("heads");
		assertThat(SchemaSnapshot.of(database).tables()).containsKeys("app_version", "app_history")
			.doesNotContainKeys("migrations_version", "migrations_history");
		assertThat(migrations.current()).containsExactly(R3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void currentOnAnEmptyDatabaseCreatesNothing(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "linear");
		assertThat(migrations.current()).isEmpty();
		assertThat(migrations.pending()).extracting((revision) -> revision.id()).containsExactly(R1, R2, R3);
		assertThat(migrations.historyRecords(10)).isEmpty();
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	static Migrations migrations(TestDatabase database, String fixture) {
		return Migrations.builder(database.dataSource()).locations(List.of(location(fixture))).build();
	}

	static String location(String fixture) {
		return "filesystem:" + Path.of("src/test/resources/revisions", fixture).toAbsolutePath();
	}

	private static List<String> strings(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			List<String> values = new java.util.ArrayList<>();
			while (result.next()) {
				for (int i = 1; i <= columns; i++) {
					values.add(result.getString(i));
				}
			}
			return values;
		}
	}

}
