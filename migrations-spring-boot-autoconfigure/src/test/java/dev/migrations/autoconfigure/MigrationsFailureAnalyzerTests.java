package dev.migrations.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup failure reports, word for word, from real failed contexts.
 */
class MigrationsFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"));

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void validateReportsThePendingRevisionsAndTheCommandThatAppliesThem(TestDatabase database) {
		FailureAnalysis analysis = analyze(database, "migrations.startup=validate");
		assertThat(analysis.getDescription()).isEqualTo("""
				The database is not at the heads of the revision files, and migrations.startup=validate does not \
				migrate it.
				Current revision(s): <base> (nothing applied)
				Pending revisions, in the order 'migrations upgrade heads' applies them:
				    1a2b3c4d5e6f  Create users
				    2b3c4d5e6f7a  Create tasks
				    3c4d5e6f7a8b  Add task priority""");
		assertThat(analysis.getAction()).isEqualTo("Apply the pending revisions before starting the application, by"
				+ " running it with the arguments 'migrations upgrade heads' (for example: java -jar app.jar migrations"
				+ " upgrade heads), or set migrations.startup=upgrade to migrate at startup.");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void validateReportsTheCurrentRevisionOfAPartlyMigratedDatabase(TestDatabase database) {
		engine(database, "linear").upgrade("1a2b3c4d5e6f");
		FailureAnalysis analysis = analyze(database, "migrations.startup=validate");
		assertThat(analysis.getDescription()).isEqualTo("""
				The database is not at the heads of the revision files, and migrations.startup=validate does not \
				migrate it.
				Current revision(s): 1a2b3c4d5e6f
				Pending revisions, in the order 'migrations upgrade heads' applies them:
				    2b3c4d5e6f7a  Create tasks
				    3c4d5e6f7a8b  Add task priority""");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anInstanceReportNamesTheInstancesProperties(TestDatabase database) {
		try (TestDatabase audit = TestDatabases.another(database)) {
			FailureAnalysis analysis = analyze(database, "migrations.startup=none",
					"migrations.instances.audit.url=" + audit.url(), "migrations.instances.audit.user=" + audit.user(),
					"migrations.instances.audit.password=" + audit.password(),
					"migrations.instances.audit.locations=" + TestDatabases.location("older"),
					"migrations.instances.audit.startup=validate");
			assertThat(analysis.getDescription()).startsWith("The database is not at the heads of the revision"
					+ " files, and migrations.instances.audit.startup=validate does not migrate it.");
			assertThat(analysis.getAction()).endsWith(
					"or set migrations.instances.audit.startup=upgrade to migrate at startup.");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aDatabaseAheadOfTheCodeReportsHowToStartAnyway(TestDatabase database) {
		engine(database, "linear").upgrade("heads");
		FailureAnalysis analysis = analyze(database, "migrations.locations=" + TestDatabases.location("older"));
		assertThat(analysis.getDescription()).startsWith("Database migration failed [UNKNOWN_DATABASE_REVISION]: ")
			.contains("'3c4d5e6f7a8b'");
		assertThat(analysis.getAction()).isEqualTo("Deploy the code that has the database's revision, or move the"
				+ " database back with 'migrations downgrade' run from that code. To start this code against the newer"
				+ " database anyway, leaving the database as it is, set migrations.allow-unknown-revisions=true.");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aFailedStatementNamesItsLineAndWhatBecameOfTheRevision(TestDatabase database) {
		FailureAnalysis analysis = analyze(database, "migrations.locations=" + TestDatabases.location("failing"));
		assertThat(analysis.getDescription()).startsWith("Database migration failed [SQL_FAILED]: ")
			.contains("2026_02_02_1000-4d5e6f7a8b9c_broken.sql:11: ")
			.contains(database.transactionalDdl() ? "The revision was rolled back"
					: "the statements before line 11 stay applied (2 of 3: lines 8, 9 of");
		assertThat(analysis.getAction()).startsWith("Fix the SQL at the file and line named above")
			.contains("run the 'migrations resolve' command it names first.");
	}

	@Test
	void theAnalyzersAreRegistered() throws IOException {
		List<String> analyzers = new ArrayList<>();
		Enumeration<URL> factories = getClass().getClassLoader().getResources("META-INF/spring.factories");
		while (factories.hasMoreElements()) {
			Properties properties = PropertiesLoaderUtils.loadProperties(new UrlResource(factories.nextElement()));
			analyzers.addAll(List.of(properties.getProperty(FailureAnalyzer.class.getName(), "").split(",")));
		}
		assertThat(analyzers).contains(MigrationsFailureAnalyzer.class.getName(),
				MigrationsCoexistenceFailureAnalyzer.class.getName());
	}

	private FailureAnalysis analyze(TestDatabase database, String... properties) {
		FailureAnalysis[] analysis = new FailureAnalysis[1];
		this.contextRunner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				analysis[0] = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
			});
		assertThat(analysis[0]).isNotNull();
		return analysis[0];
	}

	private static Migrations engine(TestDatabase database, String fixture) {
		return Migrations.builder(database.dataSource()).locations(List.of(TestDatabases.location(fixture))).build();
	}

}
