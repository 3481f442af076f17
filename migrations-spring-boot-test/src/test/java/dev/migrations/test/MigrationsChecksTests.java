package dev.migrations.test;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import dev.migrations.core.DeclaredSchemaModel;
import dev.migrations.core.Migrations;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The kit run on good and broken histories, on SQLite and PostgreSQL (a correct history, a broken downgrade and the
 * model check also on H2 and MariaDB), as JUnit runs it: each broken history is reported as a failing dynamic test
 * that names the revision and says what to fix.
 */
class MigrationsChecksTests {

	@TempDir
	Path directory;

	@TempDir
	Path modelDirectory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aCorrectHistoryPasses(TestDatabase database) {
		List<Result> results = run(Migrations.builder(database.dataSource())
			.locations(List.of("classpath:revisions/linear"))
			.build(), UnaryOperator.identity());
		assertThat(results).allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"));
		assertThat(results).extracting(Result::name)
			.contains("heads: 1", "start at base", "downgrade heads to base", "upgrade base to heads",
					"offline SQL for " + database.dialect())
			.containsSubsequence("upgrade", "downgrade", "downgrade leaves no trace", "upgrade again");
		assertThat(results.stream().filter((result) -> result.name().equals("downgrade leaves no trace"))).hasSize(3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aDowngradeThatLeavesATableBehindFailsItsNoTraceTestNamingTheRevision(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY);", "DROP TABLE owners;");
		revision("b2", "a1", "CREATE TABLE pets (id INTEGER PRIMARY KEY);\nCREATE TABLE audit (id INTEGER);",
				"DROP TABLE pets;");
		List<Result> results = run(migrations(database), UnaryOperator.identity());
		Result failure = only(results, "FAILED");
		assertThat(failure.name()).isEqualTo("downgrade leaves no trace");
		assertThat(failure.message()).startsWith("Revision b2 (").contains("table audit was left behind")
			.contains("Fix the downgrade section, or declare leavesTrace(\"b2\")");
		assertThat(results).filteredOn((result) -> result.status().equals("ABORTED")).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aBrokenDowngradeFailsItsDowngradeTestWithTheStatement(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY);", "DROP TABLE owner;");
		Result failure = only(run(migrations(database), UnaryOperator.identity()), "FAILED");
		assertThat(failure.name()).isEqualTo("downgrade");
		assertThat(failure.message()).startsWith("Revision a1 (").contains("a1.sql:9").contains("owner");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void twoHeadsFailTheHeadsTestUnlessDeclared(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY);", "DROP TABLE owners;");
		revision("b1", "a1", "CREATE TABLE pets (id INTEGER PRIMARY KEY);", "DROP TABLE pets;");
		revision("c1", "a1", "CREATE TABLE vets (id INTEGER PRIMARY KEY);", "DROP TABLE vets;");
		Result failure = only(run(migrations(database), UnaryOperator.identity()), "FAILED");
		assertThat(failure.name()).isEqualTo("heads: 1");
		assertThat(failure.message()).contains("2: b1, c1").contains("migrations merge heads");
		assertThat(run(migrations(database), (checks) -> checks.heads(2)))
			.allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void sqlThatOnlyPostgresqlRefusesFailsTheUpgradeOnPostgresqlOnly(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT);", "DROP TABLE owners;");
		revision("b2", "a1", "INSERT INTO owners (id, name) VALUES (1, 'George');\n"
				+ "UPDATE owners SET name = name || 1 WHERE id = '1x';", "DELETE FROM owners;");
		List<Result> results = run(migrations(database), UnaryOperator.identity());
		if (database.dialect().equals("postgresql")) {
			Result failure = only(results, "FAILED");
			assertThat(failure.name()).isEqualTo("upgrade");
			assertThat(failure.message()).contains("b2").contains("1x");
		}
		else {
			assertThat(results).allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"));
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anIrreversibleRevisionIsDeclaredAndNeverDowngraded(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY);", "DROP TABLE owners;");
		revision("b2", "a1", "CREATE TABLE pets (id INTEGER PRIMARY KEY);", null);
		revision("c3", "b2", "CREATE TABLE vets (id INTEGER PRIMARY KEY);", "DROP TABLE vets;");
		assertThat(only(run(migrations(database), UnaryOperator.identity()), "FAILED").message()).contains("b2");
		List<Result> declared;
		try (TestDatabase fresh = TestDatabases.another(database)) {
			declared = run(migrations(fresh), (checks) -> checks.irreversible("b2"));
		}
		assertThat(declared).allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"));
		assertThat(declared).extracting(Result::name).contains("downgrade heads to b2", "upgrade b2 to heads");
		assertThat(declared).filteredOn((result) -> result.name().equals("downgrade")).hasSize(2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aRevisionDeclaredToLeaveATraceIsDowngradedButNotCompared(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY);", "DROP TABLE owners;");
		revision("b2", "a1", "CREATE TABLE pets (id INTEGER PRIMARY KEY);\nCREATE TABLE IF NOT EXISTS audit (id INTEGER);",
				"DROP TABLE pets;");
		revision("c3", "b2", "CREATE TABLE vets (id INTEGER PRIMARY KEY);", "DROP TABLE vets;");
		List<Result> declared = run(migrations(database), (checks) -> checks.leavesTrace("b2"));
		assertThat(declared).allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"));
		assertThat(declared).filteredOn((result) -> result.name().equals("downgrade")).hasSize(3);
		assertThat(declared).filteredOn((result) -> result.name().equals("downgrade leaves no trace")).hasSize(2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aModelTheRevisionsDoNotMatchFailsTheModelTestWithTheDifference(TestDatabase database) throws IOException {
		revision("a1", null, "CREATE TABLE owners (id INTEGER PRIMARY KEY);", "DROP TABLE owners;");
		Path schema = Files.writeString(this.modelDirectory.resolve("schema.sql"),
				"create table owners (id integer not null primary key);\n");
		assertThat(run(migrations(database, schema), UnaryOperator.identity()))
			.allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"))
			.extracting(Result::name)
			.contains("model matches the migrations");
		Files.writeString(schema, "create table owners (id integer not null primary key, email varchar(200));\n");
		try (TestDatabase fresh = TestDatabases.another(database)) {
			Result failure = only(run(migrations(fresh, schema), UnaryOperator.identity()), "FAILED");
			assertThat(failure.name()).isEqualTo("model matches the migrations");
			assertThat(failure.message()).contains("email").contains("revision --autogenerate")
				.contains("withoutModel()");
		}
		try (TestDatabase fresh = TestDatabases.another(database)) {
			assertThat(run(migrations(fresh, schema), MigrationsChecks::withoutModel))
				.allSatisfy((result) -> assertThat(result.status()).isEqualTo("SUCCESSFUL"))
				.extracting(Result::name)
				.doesNotContain("model matches the migrations");
		}
	}

	private Migrations migrations(TestDatabase database, Path schema) {
		String location = "file:" + schema;
		return Migrations.builder(database.dataSource())
			.locations(List.of("filesystem:" + this.directory))
			.model(new DeclaredSchemaModel(location, (name) -> name.equals(location) ? url(schema) : null))
			.build();
	}

	private static URL url(Path file) {
		try {
			return file.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void revision(String id, String parent, String upgrade, String downgrade) throws IOException {
		Files.writeString(this.directory.resolve(id + ".sql"), "-- " + id + "\n-- Revision: " + id + "\n-- Revises: "
				+ ((parent != null) ? parent : "") + "\n\n-- migrations:upgrade\n" + upgrade + "\n"
				+ ((downgrade != null) ? "\n-- migrations:downgrade\n" + downgrade + "\n" : ""));
	}

	private Migrations migrations(TestDatabase database) {
		return Migrations.builder(database.dataSource()).locations(List.of("filesystem:" + this.directory)).build();
	}

	private static Result only(List<Result> results, String status) {
		List<Result> matching = results.stream().filter((result) -> result.status().equals(status)).toList();
		assertThat(matching).as("the %s tests of %s", status, results).hasSize(1);
		return matching.get(0);
	}

	private static List<Result> run(Migrations migrations, UnaryOperator<MigrationsChecks> options) {
		Scenario.migrations = migrations;
		Scenario.options = options;
		List<Result> results = new ArrayList<>();
		LauncherFactory.create().execute(request().selectors(selectClass(Scenario.class)).build(),
				new TestExecutionListener() {

					@Override
					public void executionFinished(TestIdentifier test, TestExecutionResult result) {
						if (test.isTest()) {
							results.add(new Result(test.getDisplayName(), result.getStatus().name(),
									result.getThrowable().map(Throwable::getMessage).orElse("")));
						}
					}

				});
		return results;
	}

	record Result(String name, String status, String message) {
	}

	static class Scenario extends MigrationsTestSuite {

		static Migrations migrations;

		static UnaryOperator<MigrationsChecks> options;

		@Override
		protected Migrations migrations() {
			return migrations;
		}

		@Override
		protected MigrationsChecks checks(MigrationsChecks checks) {
			return options.apply(checks);
		}

	}

}
