package dev.migrations.autoconfigure;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several DataSources: {@code migrations.instances.<name>.*} beside the application's DataSource, in real contexts.
 */
class MigrationsInstancesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"));

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void eachInstanceMigratesItsOwnDataSourceWithItsOwnSettings(TestDatabase database) throws SQLException {
		try (TestDatabase audit = TestDatabases.another(database)) {
			run(database, audit, "migrations.instances.audit.data-source=auditDataSource",
					"migrations.instances.audit.locations=" + TestDatabases.location("older"),
					"migrations.instances.audit.version-table=audit_version")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean("migrations", Migrations.class).current()).containsExactly("3c4d5e6f7a8b");
					assertThat(context.getBean("auditMigrations", Migrations.class).current())
						.containsExactly("2b3c4d5e6f7a");
				});
			assertThat(SchemaSnapshot.of(audit).tables()).containsKeys("audit_version", "users", "tasks")
				.doesNotContainKey("migrations_version");
			assertThat(SchemaSnapshot.of(database).tables()).containsKeys("migrations_version", "users", "tasks");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void eachInstanceHasItsOwnStartupMode(TestDatabase database) throws SQLException {
		try (TestDatabase audit = TestDatabases.another(database)) {
			run(database, audit, "migrations.instances.audit.data-source=auditDataSource",
					"migrations.instances.audit.startup=none")
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(SchemaSnapshot.of(audit).tables()).isEmpty();
			assertThat(SchemaSnapshot.of(database).tables()).containsKey("migrations_version");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void eachEngineIsNamedAfterTheDataSourceBeanItMigrates(TestDatabase database) {
		try (TestDatabase audit = TestDatabases.another(database)) {
			run(database, audit, "migrations.instances.audit.data-source=auditDataSource",
					"migrations.instances.audit.startup=none", "migrations.startup=none")
				.run((context) -> {
					assertThat(context.getBean("migrations", Migrations.class).name()).isEqualTo("dataSource");
					assertThat(context.getBean("auditMigrations", Migrations.class).name())
						.isEqualTo("auditDataSource");
				});
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void instancesAreNamedBeansThatDoNotStandInForTheApplicationsEngine(TestDatabase database) {
		try (TestDatabase audit = TestDatabases.another(database)) {
			run(database, audit, "migrations.instances.audit.data-source=auditDataSource").run((context) -> {
				assertThat(context.getBean(Migrations.class)).isSameAs(context.getBean("migrations"));
				assertThat(context.getBeansOfType(Migrations.class)).containsOnlyKeys("migrations", "auditMigrations");
				assertThat(context.getBeansOfType(MigrationsInitializer.class)).containsOnlyKeys(
						"migrationsInitializer", "auditMigrationsInitializer");
				assertThat(context.getBean("auditMigrations", Migrations.class).dataSource())
					.isSameAs(context.getBean("auditDataSource"));
			});
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anInstanceIsInjectedByItsName(TestDatabase database) {
		try (TestDatabase audit = TestDatabases.another(database)) {
			run(database, audit, "migrations.instances.audit.data-source=auditDataSource")
				.withUserConfiguration(AuditMigrationsUser.class)
				.run((context) -> assertThat(context.getBean(AuditMigrationsUser.class).migrations)
					.isSameAs(context.getBean("auditMigrations")));
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void instancesAloneMigrateTwoDataSourcesWithoutAPrimary(TestDatabase database) throws SQLException {
		try (TestDatabase audit = TestDatabases.another(database)) {
			this.contextRunner.withUserConfiguration(UnorderedDataSources.class)
				.withPropertyValues(properties(database, audit))
				.withPropertyValues("migrations.instances.main.data-source=mainDataSource",
						"migrations.instances.main.locations=" + TestDatabases.location("linear"),
						"migrations.instances.audit.data-source=auditDataSource",
						"migrations.instances.audit.locations=" + TestDatabases.location("older"))
				.run((context) -> assertThat(context).hasNotFailed()
					.doesNotHaveBean("migrations")
					.hasBean("mainMigrations")
					.hasBean("auditMigrations"));
			assertThat(SchemaSnapshot.of(database).tables()).containsKey("migrations_version");
			assertThat(SchemaSnapshot.of(audit).tables()).containsKey("migrations_version");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anInstanceMayMigrateAUrl(TestDatabase database) throws SQLException {
		try (TestDatabase audit = TestDatabases.another(database)) {
			this.contextRunner.withBean(DataSource.class, database::dataSource)
				.withPropertyValues("migrations.instances.audit.url=" + audit.url(),
						"migrations.instances.audit.user=" + audit.user(),
						"migrations.instances.audit.password=" + audit.password(),
						"migrations.instances.audit.locations=" + TestDatabases.location("linear"))
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(SchemaSnapshot.of(audit).tables()).containsKeys("migrations_version", "users");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anInstanceWithoutADatabaseFailsStartup(TestDatabase database) {
		this.contextRunner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.instances.audit.version-table=audit_version")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(MigrationsException.class)
					.hasMessage("migrations.instances.audit names no database: set migrations.instances.audit.data-source"
							+ " to a DataSource bean name, or migrations.instances.audit.url");
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anInstanceNamingAnUnknownDataSourceFailsStartup(TestDatabase database) {
		this.contextRunner.withBean("dataSource", DataSource.class, database::dataSource)
			.withPropertyValues("migrations.instances.audit.data-source=auditDS")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(MigrationsException.class)
					.hasMessage("migrations.instances.audit.data-source is 'auditDS', but there is no DataSource bean"
							+ " of that name; DataSource beans: dataSource");
			});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aBeanOfAnInstancesNameReplacesIt(TestDatabase database) throws SQLException {
		try (TestDatabase audit = TestDatabases.another(database)) {
			run(database, audit, "migrations.instances.audit.data-source=auditDataSource")
				.withBean("auditMigrations", Migrations.class,
						() -> Migrations.builder(audit.dataSource()).versionTable("custom_version")
							.locations(java.util.List.of(TestDatabases.location("older")))
							.build())
				.run((context) -> assertThat(context.getBean("auditMigrations", Migrations.class).config()
					.versionTable()).isEqualTo("custom_version"));
			assertThat(SchemaSnapshot.of(audit).tables()).containsKey("custom_version");
		}
	}

	private ApplicationContextRunner run(TestDatabase database, TestDatabase audit, String... properties) {
		return this.contextRunner.withUserConfiguration(PrimaryAndAuditDataSources.class)
			.withPropertyValues(properties(database, audit))
			.withPropertyValues(properties);
	}

	private static String[] properties(TestDatabase main, TestDatabase audit) {
		return new String[] { "test.main.url=" + main.url(), "test.main.user=" + main.user(),
				"test.main.password=" + main.password(), "test.audit.url=" + audit.url(),
				"test.audit.user=" + audit.user(), "test.audit.password=" + audit.password() };
	}

	static DataSource dataSource(Environment environment, String prefix) {
		return DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.url(environment.getProperty(prefix + ".url"))
			.username(environment.getProperty(prefix + ".user"))
			.password(environment.getProperty(prefix + ".password"))
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	static class PrimaryAndAuditDataSources {

		@Bean
		@Primary
		DataSource dataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.main");
		}

		@Bean
		DataSource auditDataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.audit");
		}

	}

	static class AuditMigrationsUser {

		final Migrations migrations;

		AuditMigrationsUser(@Qualifier("auditMigrations") Migrations migrations) {
			this.migrations = migrations;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnorderedDataSources {

		@Bean
		DataSource mainDataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.main");
		}

		@Bean
		DataSource auditDataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.audit");
		}

	}

}
