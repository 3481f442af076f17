package dev.migrations.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's Flyway and Liquibase auto-configurations beside the starter: one database, one migration tool.
 */
class MigrationsCoexistenceTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"));

	private final ApplicationContextRunner sqlInitRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceInitializationAutoConfiguration.class, MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"));

	@TempDir
	Path temp;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void flywayOnTheSameDataSourceFailsStartupBeforeEitherMigrates(TestDatabase database) throws SQLException {
		this.contextRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.liquibase.enabled=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new MigrationsCoexistenceFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("Both the migrations starter (engine 'migrations') and"
						+ " Spring Boot's Flyway support (bean 'flyway') would migrate the same database at startup."
						+ " Each tool keeps its own history table and would apply its own migrations to the schema the"
						+ " other one manages, so one database has one migration tool.");
				assertThat(analysis.getAction()).isEqualTo("Choose one tool for this database. To migrate with the"
						+ " migrations starter, remove spring-boot-starter-flyway (or spring-boot-flyway) from the"
						+ " dependencies, or set spring.flyway.enabled=false. To keep Flyway, set"
						+ " migrations.enabled=false, or point one of the two at another DataSource.");
			});
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void liquibaseOnTheSameDataSourceFailsStartupBeforeEitherMigrates(TestDatabase database) throws SQLException {
		this.contextRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.flyway.enabled=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new MigrationsCoexistenceFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).startsWith("Both the migrations starter (engine 'migrations') and"
						+ " Spring Boot's Liquibase support (bean 'liquibase') would migrate the same database");
				assertThat(analysis.getAction()).contains("remove spring-boot-starter-liquibase (or"
						+ " spring-boot-liquibase)", "set spring.liquibase.enabled=false");
			});
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void flywayOnASecondConnectionToTheSameDatabaseFailsStartup(TestDatabase database) throws SQLException {
		this.contextRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.liquibase.enabled=false", "spring.flyway.url=" + database.url(),
					"spring.flyway.user=" + database.user(), "spring.flyway.password=" + database.password())
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MigrationsCoexistenceException.class);
			});
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void flywayOnAnotherDatabaseMigratesBesideTheStarter(TestDatabase database) throws SQLException {
		try (TestDatabase other = TestDatabase.postgres()) {
			this.contextRunner.withPropertyValues(database.springProperties())
				.withPropertyValues("spring.liquibase.enabled=false", "spring.flyway.url=" + other.url(),
						"spring.flyway.user=" + other.user(), "spring.flyway.password=" + other.password(),
						"spring.flyway.locations=classpath:flyway")
				.run((context) -> {
					assertThat(context).hasNotFailed().hasSingleBean(Flyway.class);
					assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b");
				});
			assertThat(SchemaSnapshot.of(other).tables()).containsKeys("flyway_schema_history", "flyway_notes");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void disabledFlywayAndLiquibaseLeaveTheDatabaseToTheStarter(TestDatabase database) {
		this.contextRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.flyway.enabled=false", "spring.liquibase.enabled=false")
			.run((context) -> assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void withoutFlywayAndLiquibaseOnTheClasspathTheStarterMigrates(TestDatabase database) {
		this.contextRunner.withPropertyValues(database.springProperties())
			.withClassLoader(new FilteredClassLoader(Flyway.class, SpringLiquibase.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(Flyway.class).doesNotHaveBean(SpringLiquibase.class);
				assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b");
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void sqlInitScriptsOnTheSameDataSourceFailStartupNamingTheProperty(TestDatabase database) throws Exception {
		Path schema = Files.writeString(this.temp.resolve("schema.sql"), "CREATE TABLE notes (id INTEGER);\n");
		this.sqlInitRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.sql.init.mode=always", "spring.sql.init.schema-locations=file:" + schema)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new MigrationsCoexistenceFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).startsWith("Both the migrations starter (engine 'migrations') and"
						+ " Spring Boot's spring.sql.init scripts (bean 'dataSourceScriptDatabaseInitializer') would"
						+ " migrate the same database at startup");
				assertThat(analysis.getAction()).startsWith("Set spring.sql.init.mode=never")
					.contains("'migrations import sql-init'");
			});
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void sqlInitWithoutScriptsOrSwitchedOffLeavesTheDatabaseToTheStarter(TestDatabase database) throws Exception {
		Path schema = Files.writeString(this.temp.resolve("schema.sql"), "CREATE TABLE notes (id INTEGER);\n");
		this.sqlInitRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.sql.init.mode=always",
					"spring.sql.init.schema-locations=optional:file:" + this.temp.resolve("missing.sql"))
			.run((context) -> assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b"));
		for (String mode : new String[] { "never", "embedded" }) {
			try (TestDatabase fresh = TestDatabases.another(database)) {
				this.sqlInitRunner.withPropertyValues(fresh.springProperties())
					.withPropertyValues("spring.sql.init.mode=" + mode, "spring.sql.init.schema-locations=file:" + schema)
					.run((context) -> assertThat(context.getBean(Migrations.class).current())
						.containsExactly("3c4d5e6f7a8b"));
				assertThat(SchemaSnapshot.of(fresh).tables()).doesNotContainKey("notes");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void sqlInitDataScriptsAloneFillTheMigratedSchemaAfterTheMigrations(TestDatabase database) throws Exception {
		Path data = Files.writeString(this.temp.resolve("data.sql"),
				"INSERT INTO users (id, email) VALUES ('1', 'seed@example.com');\n");
		this.sqlInitRunner.withPropertyValues(database.springProperties())
			.withPropertyValues("spring.sql.init.mode=always", "spring.sql.init.data-locations=file:" + data)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(TestDatabases.query(database, "SELECT email FROM users")).containsExactly("seed@example.com");
	}

}
