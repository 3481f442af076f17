package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrations.core.api.BaselineResult;
import dev.migrations.core.api.BaselineResult.Decision;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.StepResult;
import dev.migrations.core.error.AmbiguousRevisionException;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code baseline}: a database created before the migrations is stamped instead of migrated, once; on SQLite and
 * PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class BaselineTests {

	private static final String USERS = "1a2b3c4d5e6f";

	private static final String TASKS = "2b3c4d5e6f7a";

	private static final String PRIORITY = "3c4d5e6f7a8b";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aDatabaseWithTablesButNoVersionTableIsStampedAndLaterRevisionsRun(TestDatabase database,
			CapturedOutput output) throws SQLException {
		legacyUsersTable(database);
		Migrations migrations = linear(database);
		BaselineResult result = migrations.baseline(USERS);
		assertThat(result.decision()).isEqualTo(Decision.STAMPED);
		assertThat(result.tables()).containsExactly("users");
		assertThat(result.current()).containsExactly(USERS);
		assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(USERS, Outcome.STAMPED));
		assertThat(output).contains("WARN").contains("Baselined 'dataSource'").contains("at revision " + USERS)
			.contains("1 table(s): users");
		assertThat(migrations.upgrade("heads").steps()).extracting((step) -> step.step().revision().id())
			.containsExactly(TASKS, PRIORITY);
		assertThat(migrations.current()).containsExactly(PRIORITY);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void withoutARevisionTheSingleBaseRevisionIsTheBaseline(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		assertThat(linear(database).baseline(null).current()).containsExactly(USERS);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aLaterRevisionTakesItsAncestorsAsApplied(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		Migrations migrations = linear(database);
		assertThat(migrations.baseline(TASKS.substring(0, 6)).current()).containsExactly(TASKS);
		assertThat(migrations.pending()).extracting((revision) -> revision.id()).containsExactly(PRIORITY);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aSecondBaselineAndOneAfterUpgradingDoNothing(TestDatabase database, CapturedOutput output)
			throws SQLException {
		legacyUsersTable(database);
		Migrations migrations = linear(database);
		migrations.baseline(USERS);
		assertThat(migrations.baseline(USERS).decision()).isEqualTo(Decision.ALREADY_APPLIED);
		migrations.upgrade("heads");
		BaselineResult after = migrations.baseline(USERS);
		assertThat(after.decision()).isEqualTo(Decision.ALREADY_APPLIED);
		assertThat(after.current()).containsExactly(PRIORITY);
		assertThat(migrations.historyRecords(10)).hasSize(3);
		assertThat(output.toString().split("Baselined", -1)).hasSize(2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anEmptyDatabaseIsLeftToTheUpgrade(TestDatabase database) throws SQLException {
		Migrations migrations = linear(database);
		BaselineResult result = migrations.baseline(USERS);
		assertThat(result.decision()).isEqualTo(Decision.EMPTY_DATABASE);
		assertThat(result.stamped()).isFalse();
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
		assertThat(migrations.upgrade("heads").steps()).extracting(StepResult::step).hasSize(3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aVersionTableWithoutTheRevisionIsRefusedAndNothingChanges(TestDatabase database) throws SQLException {
		Migrations migrations = linear(database);
		migrations.upgrade(USERS);
		SchemaSnapshot before = SchemaSnapshot.of(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.baseline(TASKS))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.BASELINE_REFUSED))
			.withMessage("Refusing to baseline 'dataSource' at revision " + TASKS + ": the database already has the"
					+ " version table migrations_version at " + USERS + ", which does not include " + TASKS
					+ ", so it was not created before the migrations. Remove the baseline setting"
					+ " (migrations.baseline-on-startup), or, if the database really has the changes of " + TASKS
					+ ", run 'stamp " + TASKS + "'");
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void severalBaseRevisionsNeedTheRevisionNamed(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(MigrationsTests.location("dependencies")))
			.build();
		assertThatExceptionOfType(AmbiguousRevisionException.class).isThrownBy(() -> migrations.baseline(null))
			.withMessage("Cannot baseline at the base revision: there are 2 base revisions (aa11aa11aa11,"
					+ " bb11bb11bb11). Name the one the existing database is at, such as"
					+ " migrations.baseline-on-startup=aa11aa11aa11");
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("users");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anUnknownRevisionIsAnError(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> linear(database).baseline("ffff"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_REVISION));
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("users");
	}

	private static Migrations linear(TestDatabase database) {
		return Migrations.builder(database.dataSource()).locations(List.of(MigrationsTests.location("linear"))).build();
	}

	// What revision 1a2b3c4d5e6f creates, made by hand (or another tool) before the migrations existed.
	static void legacyUsersTable(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE users (id VARCHAR(36) PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE)");
		}
	}

}
