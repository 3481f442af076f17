package dev.migrations.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsBuilder;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsAutoConfigurationTests {

	private static final String LINEAR_LOCATION = TestDatabases.location("linear");

	private static final String LINEAR = "migrations.locations=" + LINEAR_LOCATION;

	private final TestDatabase database = TestDatabase.sqlite();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	private final ApplicationContextRunner dataSourceRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class))
		.withPropertyValues(LINEAR);

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void backsOffWithoutDataSource() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(Migrations.class)
			.doesNotHaveBean(MigrationsInitializer.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues("migrations.enabled=false", LINEAR)
			.run((context) -> assertThat(context).doesNotHaveBean(Migrations.class));
	}

	@Test
	void backsOffWithoutTheEngineOnTheClasspath() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withClassLoader(new FilteredClassLoader(Migrations.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsInitializer.class));
	}

	@Test
	void backsOffWithoutSpringJdbcOnTheClasspath() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withClassLoader(new FilteredClassLoader("org.springframework.jdbc"))
			.run((context) -> assertThat(context).doesNotHaveBean(Migrations.class));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void upgradesToHeadsAtStartup(TestDatabase database) {
		this.dataSourceRunner.withPropertyValues(database.springProperties()).run((context) -> {
			assertThat(context).hasSingleBean(Migrations.class).hasSingleBean(MigrationsInitializer.class);
			assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b");
		});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void upgradesToTheConfiguredTarget(TestDatabase database) {
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.target=2b3c")
			.run((context) -> assertThat(context.getBean(Migrations.class).current()).containsExactly("2b3c4d5e6f7a"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupNoneLeavesTheDatabaseAlone(TestDatabase database) throws SQLException {
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.startup=none")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupValidateFailsWithThePendingRevisions(TestDatabase database) {
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.startup=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(PendingRevisionsException.class)
					.hasMessage("The database is not at the heads: 3 revision(s) pending: 1a2b3c4d5e6f (Create users),"
							+ " 2b3c4d5e6f7a (Create tasks), 3c4d5e6f7a8b (Add task priority). Apply them with"
							+ " 'migrations upgrade heads', or start with startup=upgrade");
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupValidateStartsAtTheHeads(TestDatabase database) {
		engine(database, "linear").build().upgrade("heads");
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.startup=validate")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupFailsOnADatabaseAheadOfTheCode(TestDatabase database) {
		engine(database, "linear").build().upgrade("heads");
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.locations=" + TestDatabases.location("older"))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(MigrationsException.class,
							(ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_DATABASE_REVISION))
					.hasMessageContaining("'3c4d5e6f7a8b'");
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupLeavesADatabaseAheadOfTheCodeAloneWhenAllowed(TestDatabase database) throws SQLException {
		engine(database, "linear").build().upgrade("heads");
		SchemaSnapshot before = SchemaSnapshot.of(database);
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.locations=" + TestDatabases.location("older"),
					"migrations.allow-unknown-revisions=true")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupValidateAcceptsADatabaseAheadOfTheCodeWhenAllowed(TestDatabase database) {
		engine(database, "linear").build().upgrade("heads");
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.locations=" + TestDatabases.location("older"), "migrations.startup=validate",
					"migrations.allow-unknown-revisions=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void mapsPropertiesToTheEngine() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=none", "migrations.schema=app",
					"migrations.version-table=app_version", "migrations.history-table=app_history",
					"migrations.lock-timeout=7s", "migrations.transaction-per-migration=false",
					"migrations.validate-checksums=false", "migrations.placeholders.owner=app_owner",
					"migrations.revision.directory=src/main/resources/db/app", "migrations.allow-unknown-revisions=true")
			.run((context) -> assertThat(context.getBean(Migrations.class).config()).isEqualTo(new MigrationsConfig(
					List.of(LINEAR_LOCATION), "app", "app_version", "app_history", Duration.ofSeconds(7), false,
					false, Map.of("owner", "app_owner"), "src/main/resources/db/app", true)));
	}

	@Test
	void defaultPropertiesGiveTheEngineDefaults() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues("migrations.startup=none")
			.run((context) -> assertThat(context.getBean(Migrations.class).config())
				.isEqualTo(MigrationsConfig.defaults()));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void placeholdersFromPropertiesReachTheSql(TestDatabase database) throws SQLException {
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.locations=" + TestDatabases.location("placeholders"),
					"migrations.placeholders.prefix=dev_", "migrations.placeholders.greeting=hi")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(TestDatabases.query(database, "SELECT body FROM dev_notes")).containsExactly("hi, dev_notes");
	}

	@Test
	void rejectsAnInvalidVersionTableName() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.version-table=x; drop table users")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(MigrationsException.class,
							(ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
					.hasMessageContaining("'x; drop table users'");
			});
	}

	@Test
	void backsOffForAUserDefinedEngine() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withBean("customMigrations", Migrations.class,
					() -> Migrations.builder(this.database.dataSource()).versionTable("custom_version").build())
			.withPropertyValues(LINEAR, "migrations.startup=none")
			.run((context) -> assertThat(context).hasSingleBean(Migrations.class)
				.hasBean("customMigrations")
				.getBean(Migrations.class)
				.extracting((migrations) -> migrations.config().versionTable())
				.isEqualTo("custom_version"));
	}

	@Test
	void backsOffForAUserDefinedInitializer() throws SQLException {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withBean("customInitializer", MigrationsInitializer.class,
					() -> new MigrationsInitializer(Migrations.builder(this.database.dataSource()).build(),
							MigrationsProperties.Startup.NONE, "heads"))
			.withPropertyValues(LINEAR)
			.run((context) -> assertThat(context).hasSingleBean(MigrationsInitializer.class)
				.hasBean("customInitializer"));
		assertThat(SchemaSnapshot.of(this.database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void backsOffForUserDefinedConnectionDetails(TestDatabase database) throws SQLException {
		try (TestDatabase other = TestDatabases.another(database)) {
			this.dataSourceRunner.withPropertyValues(database.springProperties())
				.withBean(MigrationsConnectionDetails.class, () -> connectionDetails(other))
				.run((context) -> assertThat(context).hasSingleBean(MigrationsConnectionDetails.class));
			assertThat(SchemaSnapshot.of(other).tables()).containsKey("migrations_version");
			assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
		}
	}

	@Test
	void customizersCustomizeTheEngineAfterTheProperties() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=none", "migrations.version-table=from_properties")
			.withBean(MigrationsCustomizer.class, () -> (builder) -> builder.versionTable("from_customizer"))
			.run((context) -> assertThat(context.getBean(Migrations.class).config().versionTable())
				.isEqualTo("from_customizer"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void listenerBeanHearsTheSteps(TestDatabase database) {
		List<String> heard = new ArrayList<>();
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withBean(MigrationListener.class, () -> new MigrationListener() {

				@Override
				public void stepSucceeded(Step step, Duration duration) {
					heard.add(step.revision().id());
				}

			})
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(heard).containsExactly("1a2b3c4d5e6f", "2b3c4d5e6f7a", "3c4d5e6f7a8b");
	}

	@Test
	void passesStepEventsToEveryListenerBean() {
		List<String> events = new ArrayList<>();
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withBean("first", MigrationListener.class, () -> new MigrationListener() {
				@Override
				public void stepSucceeded(Step step, Duration duration) {
					events.add("first " + step.revision().id());
				}
			})
			.withBean("second", MigrationListener.class, () -> new MigrationListener() {
				@Override
				public void stepSucceeded(Step step, Duration duration) {
					events.add("second " + step.revision().id());
				}
			})
			.withPropertyValues(LINEAR, "migrations.target=1a2b")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(events).containsExactlyInAnyOrder("first 1a2b3c4d5e6f", "second 1a2b3c4d5e6f");
			});
	}

	@Test
	void namesTheEngineAfterItsDataSourceBean() {
		this.contextRunner.withBean("ordersDataSource", DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=none")
			.run((context) -> assertThat(context.getBean(Migrations.class).name()).isEqualTo("ordersDataSource"));
	}

	@Test
	void namesAnEngineWithAUserOfItsOwnAfterTheApplicationsDataSource() {
		this.dataSourceRunner.withPropertyValues(this.database.springProperties())
			.withPropertyValues("migrations.startup=none", "migrations.user=owner", "migrations.password=secret")
			.run((context) -> {
				Migrations migrations = context.getBean(Migrations.class);
				assertThat(migrations.dataSource()).isNotSameAs(context.getBean("dataSource"));
				assertThat(migrations.name()).isEqualTo("dataSource");
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void namesAnEngineWithAUrlOfItsOwnMigrations(TestDatabase database) {
		try (TestDatabase migrated = TestDatabases.another(database)) {
			this.contextRunner.withBean(DataSource.class, database::dataSource)
				.withPropertyValues(LINEAR, "migrations.startup=none", "migrations.url=" + migrated.url(),
						"migrations.user=" + migrated.user(), "migrations.password=" + migrated.password())
				.run((context) -> assertThat(context.getBean(Migrations.class).name()).isEqualTo("migrations"));
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void migrationStrategyReplacesTheStartupMode(TestDatabase database) {
		this.dataSourceRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("migrations.startup=none")
			.withBean(MigrationStrategy.class, () -> (migrations) -> migrations.upgrade("1a2b3c4d5e6f"))
			.run((context) -> assertThat(context.getBean(Migrations.class).current()).containsExactly("1a2b3c4d5e6f"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void migrationsDataSourceIsMigratedInsteadOfTheApplicationOne(TestDatabase database) throws SQLException {
		try (TestDatabase migrated = TestDatabases.another(database)) {
			this.contextRunner.withPropertyValues(LINEAR)
				.withUserConfiguration(TwoDataSources.class)
				.withPropertyValues("test.application.url=" + database.url(), "test.application.user=" + database.user(),
						"test.application.password=" + database.password(), "test.migrated.url=" + migrated.url(),
						"test.migrated.user=" + migrated.user(), "test.migrated.password=" + migrated.password())
				.run((context) -> assertThat(context.getBean(Migrations.class).dataSource())
					.isSameAs(context.getBean("migrationsDataSource")));
			assertThat(SchemaSnapshot.of(migrated).tables()).containsKeys("users", "migrations_version");
			assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void urlMigratesAnotherDatabaseThanTheApplications(TestDatabase database) throws SQLException {
		try (TestDatabase migrated = TestDatabases.another(database)) {
			this.dataSourceRunner.withPropertyValues(database.springProperties())
				.withPropertyValues("migrations.url=" + migrated.url(), "migrations.user=" + migrated.user(),
						"migrations.password=" + migrated.password())
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(SchemaSnapshot.of(migrated).tables()).containsKeys("users", "migrations_version");
			assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void userMigratesTheApplicationsDatabaseAsAnotherUser(TestDatabase database) throws SQLException {
		String user = database.dialect().equals("sqlite") ? "owner" : createRole(database);
		try {
			this.dataSourceRunner.withPropertyValues(database.springProperties())
				.withPropertyValues("migrations.user=" + user, "migrations.password=secret")
				.run((context) -> {
					Migrations migrations = context.getBean(Migrations.class);
					assertThat(migrations.dataSource()).isNotSameAs(context.getBean(DataSource.class));
					assertThat(migrations.current()).containsExactly("3c4d5e6f7a8b");
					if (!database.dialect().equals("sqlite")) {
						// MariaDB's driver reports the user without its host.
						assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::installedBy)
							.allSatisfy((installedBy) -> assertThat(installedBy).startsWithIgnoringCase(user));
					}
				});
		}
		finally {
			switch (database.dialect()) {
				case "postgresql" -> {
					database.close();
					execute(TestDatabase.postgres(), "DROP ROLE " + user);
				}
				case "mariadb", "mysql" -> execute(database, "DROP USER '" + user + "'@'%'");
				default -> {
					// An H2 user goes with its in-memory database; SQLite has no users.
				}
			}
		}
	}

	@Test
	void noApplicationEngineWithTwoDataSourcesAndNoPrimary() {
		this.contextRunner.withPropertyValues(LINEAR)
			.withBean("first", DataSource.class, this.database::dataSource)
			.withBean("second", DataSource.class, this.database::dataSource)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Migrations.class)
				.doesNotHaveBean(MigrationsInitializer.class));
	}

	private static MigrationsBuilder engine(TestDatabase database, String fixture) {
		return Migrations.builder(database.dataSource()).locations(List.of(TestDatabases.location(fixture)));
	}

	private static MigrationsConnectionDetails connectionDetails(TestDatabase database) {
		return new MigrationsConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.url();
			}

			@Override
			public @Nullable String getUsername() {
				return database.user();
			}

			@Override
			public @Nullable String getPassword() {
				return database.password();
			}

		};
	}

	// A user who may create tables in the test's schema (PostgreSQL) or database (MariaDB, MySQL), or an H2 admin.
	private static String createRole(TestDatabase database) throws SQLException {
		String role = "migrator_" + Long.toHexString(System.nanoTime());
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			switch (database.dialect()) {
				case "postgresql" -> {
					statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'secret'");
					statement.execute("GRANT ALL ON SCHEMA " + connection.getSchema() + " TO " + role);
				}
				case "h2" -> statement.execute("CREATE USER " + role + " PASSWORD 'secret' ADMIN");
				default -> {
					statement.execute("CREATE USER '" + role + "'@'%' IDENTIFIED BY 'secret'");
					statement.execute("GRANT ALL ON " + connection.getCatalog() + ".* TO '" + role + "'@'%'");
				}
			}
		}
		return role;
	}

	private static void execute(TestDatabase database, String sql) throws SQLException {
		try (database; Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		DataSource dataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.application");
		}

		@Bean
		@MigrationsDataSource
		DataSource migrationsDataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.migrated");
		}

	}

}
