package dev.migrations.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code migrations.baseline-on-startup}: an application adopting the starter on a database created before it
 * starts, on SQLite and PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class BaselineOnStartupTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"));

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void withoutABaselineAnExistingSchemaFailsTheFirstRevision(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		run(database).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(new MigrationsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
				.startsWith("Database migration failed [SQL_FAILED]: upgrade of revision '1a2b3c4d5e6f' failed")
				.contains("already exists");
		});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void trueStampsTheBaseRevisionAndUpgradesFromThere(TestDatabase database, CapturedOutput output)
			throws SQLException {
		legacyUsersTable(database);
		run(database, "migrations.baseline-on-startup=true").run((context) -> {
			assertThat(context).hasNotFailed();
			Migrations migrations = context.getBean(Migrations.class);
			assertThat(migrations.current()).containsExactly("3c4d5e6f7a8b");
			assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
				.containsExactly(tuple("3c4d5e6f7a8b", Outcome.SUCCESS), tuple("2b3c4d5e6f7a", Outcome.SUCCESS),
						tuple("1a2b3c4d5e6f", Outcome.STAMPED));
		});
		assertThat(output).contains("WARN").contains("Baselined 'dataSource'").contains("1 table(s): users");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aRevisionIsStampedAtItsId(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		run(database, "migrations.baseline-on-startup=2b3c4d5e6f7a", "migrations.target=2b3c4d5e6f7a")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Migrations migrations = context.getBean(Migrations.class);
				assertThat(migrations.current()).containsExactly("2b3c4d5e6f7a");
				assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::outcome)
					.containsExactly(Outcome.STAMPED);
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void laterStartsLeaveABaselinedDatabaseAlone(TestDatabase database, CapturedOutput output) throws SQLException {
		legacyUsersTable(database);
		run(database, "migrations.baseline-on-startup=true").run((context) -> assertThat(context).hasNotFailed());
		run(database, "migrations.baseline-on-startup=true").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Migrations.class).historyRecords(10)).hasSize(3);
		});
		assertThat(output.toString().split("Baselined", -1)).hasSize(2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anEmptyDatabaseIsMigratedFromTheFirstRevision(TestDatabase database) {
		run(database, "migrations.baseline-on-startup=true").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Migrations.class).historyRecords(10)).extracting(HistoryRecord::outcome)
				.containsOnly(Outcome.SUCCESS)
				.hasSize(3);
		});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aVersionTableWithoutTheRevisionIsRefusedWithTheFix(TestDatabase database) throws SQLException {
		Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build()
			.upgrade("1a2b3c4d5e6f");
		SchemaSnapshot before = SchemaSnapshot.of(database);
		run(database, "migrations.baseline-on-startup=2b3c4d5e6f7a").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).startsWith("Database migration failed [BASELINE_REFUSED]: Refusing"
					+ " to baseline 'dataSource' at revision 2b3c4d5e6f7a: the database already has the version table"
					+ " migrations_version at 1a2b3c4d5e6f");
			assertThat(analysis.getAction()).isEqualTo("A baseline only stamps a database that has no version table"
					+ " yet. Remove migrations.baseline-on-startup, or name a revision the database has; to move the"
					+ " version rows by hand, run 'migrations stamp REVISION'.");
		});
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void falseIsNoBaseline(TestDatabase database) throws SQLException {
		legacyUsersTable(database);
		run(database, "migrations.baseline-on-startup=false")
			.run((context) -> assertThat(context).hasFailed());
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("users");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void validateDoesNotBaseline(TestDatabase database, CapturedOutput output) throws SQLException {
		legacyUsersTable(database);
		run(database, "migrations.baseline-on-startup=true", "migrations.startup=validate")
			.run((context) -> assertThat(context).hasFailed());
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("users");
		assertThat(output).contains("Not baselining 'dataSource': baseline-on-startup=true applies only when startup"
				+ " is 'upgrade', not 'validate'");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anInstanceBaselinesWithItsOwnSetting(TestDatabase database) throws SQLException {
		try (TestDatabase audit = TestDatabases.another(database)) {
			legacyUsersTable(audit);
			run(database, "migrations.startup=none", "migrations.instances.audit.url=" + audit.url(),
					"migrations.instances.audit.user=" + audit.user(),
					"migrations.instances.audit.password=" + audit.password(),
					"migrations.instances.audit.locations=" + TestDatabases.location("linear"),
					"migrations.instances.audit.baseline-on-startup=1a2b")
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(TestDatabases.query(audit, "SELECT version_num FROM migrations_version"))
				.containsExactly("3c4d5e6f7a8b");
		}
	}

	private ApplicationContextRunner run(TestDatabase database, String... properties) {
		return this.contextRunner.withBean(DataSource.class, database::dataSource).withPropertyValues(properties);
	}

	private static void legacyUsersTable(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE users (id VARCHAR(36) PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE)");
		}
	}

}
