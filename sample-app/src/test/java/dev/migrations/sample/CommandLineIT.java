package dev.migrations.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command through the real entry point, the packaged jar in a separate process, on SQLite and PostgreSQL.
 */
class CommandLineIT {

	private static final String INITIAL = "5ec6405addd0";

	private static final String DUE_DATE = "a41c7e29b5d8";

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void upgradeDowngradeCurrentAndHeadsPrintJson(TestDatabase database) throws Exception {
		Cli cli = new Cli(database);
		assertThat(json(cli.ok("current", "--json"))).isEqualTo(json("{\"current\":[]}"));
		JsonNode upgrade = json(cli.ok("upgrade", "--json"));
		assertThat(upgrade.get("steps")).hasSize(2);
		assertThat(upgrade.get("steps").get(0).get("revision").asString()).isEqualTo(INITIAL);
		assertThat(upgrade.get("steps").get(0).get("direction").asString()).isEqualTo("upgrade");
		assertThat(upgrade.get("current")).containsExactly(this.json.getNodeFactory().stringNode(DUE_DATE));
		assertThat(json(cli.ok("heads", "--json"))).isEqualTo(json("{\"heads\":[\"" + DUE_DATE + "\"]}"));
		JsonNode downgrade = json(cli.ok("downgrade", "-1", "--json"));
		assertThat(downgrade.get("steps").get(0).get("direction").asString()).isEqualTo("downgrade");
		assertThat(json(cli.ok("current", "--json"))).isEqualTo(json("{\"current\":[\"" + INITIAL + "\"]}"));
		assertThat(cli.ok("upgrade", "head")).contains("Running upgrade " + INITIAL + " -> " + DUE_DATE
				+ ", Add a due date to tasks (");
		assertThat(cli.ok("current")).isEqualTo(DUE_DATE + " (head)\n");
		assertThat(SchemaSnapshot.of(database).tables().get("tasks")).contains("due_date");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void historyShowsRevisionsNewestFirst(TestDatabase database) throws Exception {
		Cli cli = new Cli(database);
		cli.ok("upgrade", "+1");
		assertThat(cli.ok("history", "--indicate-current")).isEqualTo(INITIAL + " -> " + DUE_DATE
				+ " (head), Add a due date to tasks\n<base> -> " + INITIAL + " (current), Initial database schema\n");
		JsonNode history = json(cli.ok("history", "--json"));
		assertThat(history.get("revisions")).hasSize(2);
		JsonNode newest = history.get("revisions").get(0);
		assertThat(newest.propertyNames()).contains("revision", "revises", "message", "branchLabels", "dependsOn",
				"current", "head");
		assertThat(newest.get("revises").get(0).asString()).isEqualTo(INITIAL);
		assertThat(newest.get("head").asBoolean()).isTrue();
		assertThat(newest.get("current").asBoolean()).isFalse();
		assertThat(cli.ok("history", "-r", "current:", "--verbose", "-i")).contains("Rev: " + DUE_DATE + " (head)")
			.contains("Rev: " + INITIAL + " (current)");
		assertThat(cli.ok("history", "-r", DUE_DATE + ":")).doesNotContain("<base>");
		assertThat(cli.ok("show", "a41c")).contains("Rev: " + DUE_DATE).contains("Add a due date to tasks");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void checkExitsWithThreeWhilePending(TestDatabase database) throws Exception {
		Cli cli = new Cli(database);
		SampleCli.Result pending = cli.run("check", "--json");
		assertThat(pending.exitCode()).isEqualTo(3);
		assertThat(json(pending.out()).get("pending")).hasSize(2);
		assertThat(json(pending.out()).get("passed").asBoolean()).isFalse();
		cli.ok("upgrade");
		assertThat(cli.ok("check")).contains("No problems");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void errorsPrintTheirCodeAndExitWithOneOrTwo(TestDatabase database) throws Exception {
		Cli cli = new Cli(database);
		SampleCli.Result invalid = cli.run("upgrade", "not a target!", "--json");
		assertThat(invalid.exitCode()).isEqualTo(1);
		assertThat(json(invalid.out()).get("error").get("code").asString()).isEqualTo("INVALID_TARGET");
		SampleCli.Result unknown = cli.run("frobnicate");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("Unknown command 'frobnicate'");
		SampleCli.Result disabled = cli.run("current", "--migrations.enabled=false");
		assertThat(disabled.exitCode()).isEqualTo(1);
		SampleCli.Result badOption = cli.run("upgrade", "--sql", "--dialect", "oracle");
		assertThat(badOption.exitCode()).isEqualTo(2);
		assertThat(badOption.err()).contains("Unknown dialect 'oracle'");
		assertThat(disabled.err()).contains("migrations.enabled=false switches the starter off");
		Path broken = this.directory.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("2026_03_01_0000-b0b0b0b0b0b0_broken.sql"), String.join("\n",
				"-- Broken", "-- Revision: b0b0b0b0b0b0", "-- Revises: " + DUE_DATE, "-- migrations:upgrade",
				"CREATE TABLE audit (id INTEGER PRIMARY KEY);", "INSERT INTO nowhere VALUES (1);", ""));
		SampleCli.Result failed = cli.run("upgrade", "--json", "--migrations.locations=classpath:db/migrations,filesystem:"
				+ broken);
		assertThat(failed.exitCode()).isEqualTo(1);
		JsonNode error = json(failed.out()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("SQL_FAILED");
		assertThat(error.get("message").asString()).contains("2026_03_01_0000-b0b0b0b0b0b0_broken.sql:6");
		assertThat(json(cli.ok("current", "--json"))).isEqualTo(json("{\"current\":[\"" + DUE_DATE + "\"]}"));
		assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKey("audit");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void revisionWritesAFileRevisingTheHead(TestDatabase database) throws Exception {
		Path revisions = copyOfSampleRevisions();
		Cli cli = new Cli(database, "--migrations.locations=filesystem:" + revisions,
				"--migrations.revision.directory=" + revisions);
		JsonNode created = json(cli.ok("revision", "-m", "Add task tags", "--rev-id", "c0ffee000001", "--json"));
		Path file = Path.of(created.get("file").asString());
		assertThat(file.getFileName().toString()).matches("\\d{4}_\\d{2}_\\d{2}_\\d{4}-c0ffee000001_add_task_tags\\.sql");
		assertThat(Files.readString(file)).startsWith("-- Add task tags\n--\n-- Revision: c0ffee000001\n-- Revises: "
				+ DUE_DATE + "\n-- Create Date: ")
			.contains("-- migrations:upgrade").contains("-- migrations:downgrade");
		assertThat(cli.ok("revision", "-m", "Tags index")).startsWith("Generated " + revisions);
		assertThat(cli.ok("revision", "-m", "Side branch", "--head", INITIAL, "--splice", "--rev-id", "5de000000001"))
			.contains("5de000000001_side_branch.sql");
		SampleCli.Result refused = cli.run("revision", "-m", "Ambiguous", "--json");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(json(refused.out()).get("error").get("code").asString()).isEqualTo("MULTIPLE_HEADS");
		assertThat(json(cli.ok("heads", "--json")).get("heads")).hasSize(2);
		assertThat(cli.ok("upgrade", "heads")).contains("5de000000001").contains("c0ffee000001");
		JsonNode audit = json(cli.ok("revision", "-m", "Audit log", "--head", "base", "--branch-label", "audit",
				"--depends-on", INITIAL, "--rev-id", "a0d170000001", "--json"));
		assertThat(Files.readString(Path.of(audit.get("file").asString()))).contains("-- Revises: \n")
			.contains("-- Branch Labels: audit\n")
			.contains("-- Depends On: " + INITIAL + "\n");
		assertThat(json(cli.ok("revision", "-m", "Audit users", "--head", "audit@head", "--json")).get("revises"))
			.containsExactly(this.json.getNodeFactory().stringNode("a0d170000001"));
		assertThat(cli.ok("upgrade", "audit@head")).contains("-> a0d170000001, Audit log");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void mergeAndStampMoveTheGraphAndTheVersionTable(TestDatabase database) throws Exception {
		Path revisions = copyOfSampleRevisions();
		Cli cli = new Cli(database, "--migrations.locations=filesystem:" + revisions,
				"--migrations.revision.directory=" + revisions);
		cli.ok("revision", "-m", "Side branch", "--head", INITIAL, "--splice", "--rev-id", "5de000000001");
		assertThat(cli.ok("branches")).startsWith(INITIAL + " (branchpoint)\n").contains("    -> 5de000000001 (head)");
		JsonNode merge = json(cli.ok("merge", "heads", "-m", "Merge the side branch", "--rev-id", "3e3e3e3e3e3e", "--json"));
		assertThat(merge.get("revises")).hasSize(2);
		assertThat(Files.readString(Path.of(merge.get("file").asString()))).contains("-- Revises: ")
			.contains(DUE_DATE)
			.contains("5de000000001");
		assertThat(json(cli.ok("heads", "--json"))).isEqualTo(json("{\"heads\":[\"3e3e3e3e3e3e\"]}"));
		assertThat(cli.ok("history", "--graph")).contains("|\\").contains("|/").contains("(mergepoint)");
		SampleCli.Result noRevision = cli.run("stamp");
		assertThat(noRevision.exitCode()).isEqualTo(2);
		JsonNode stamped = json(cli.ok("stamp", "heads", "--json"));
		assertThat(stamped.get("current")).containsExactly(this.json.getNodeFactory().stringNode("3e3e3e3e3e3e"));
		assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKey("users");
		assertThat(cli.ok("stamp", "base")).isEqualTo("Stamped 3e3e3e3e3e3e -> <base>\n");
		assertThat(cli.ok("upgrade")).contains("Running upgrade " + INITIAL + " -> " + DUE_DATE)
			.contains("-> 3e3e3e3e3e3e, Merge the side branch");
		assertThat(cli.ok("current")).startsWith("3e3e3e3e3e3e (head) (mergepoint)");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void theMigrateWrapperSpeaksTheVerbsOfMigratePy(TestDatabase database) throws Exception {
		Path revisions = copyOfSampleRevisions();
		Map<String, String> environment = Map.of("MIGRATE_JAR",
				Path.of(System.getProperty("sample.jar", "target/sample-app-0.1.0-SNAPSHOT.jar")).toAbsolutePath().toString(),
				"SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.user(),
				"SPRING_DATASOURCE_PASSWORD", database.password(), "MIGRATIONS_LOCATIONS", "filesystem:" + revisions,
				"MIGRATIONS_REVISION_DIRECTORY", revisions.toString());
		assertThat(migrate(environment, "upgrade").out()).contains("Running upgrade <base> -> " + INITIAL);
		assertThat(migrate(environment, "current").out()).contains("Rev: " + DUE_DATE + " (head)");
		assertThat(migrate(environment, "downgrade").out()).contains("Running downgrade " + DUE_DATE + " -> " + INITIAL);
		assertThat(migrate(environment, "history").out()).contains("<base> -> " + INITIAL + " (current)");
		assertThat(migrate(environment, "create", "Add task labels").out()).contains("_add_task_labels.sql");
		assertThat(migrate(environment, "stamp", DUE_DATE).out()).isEqualTo("Stamped " + INITIAL + " -> " + DUE_DATE + "\n");
		assertThat(migrate(environment, "revision", "-m", "Side", "--head", INITIAL, "--splice", "--rev-id",
				"5de000000001").out()).contains("5de000000001_side.sql");
		assertThat(migrate(environment, "heads").out()).contains("Rev: 5de000000001 (head)").contains("_add_task_labels.sql");
		assertThat(migrate(environment, "branches").out()).startsWith(INITIAL + " (branchpoint)");
		assertThat(migrate(environment, "show", "5de0").out()).contains("Rev: 5de000000001 (head)");
		SampleCli.Result severalHeads = run(environment, List.of("bash", "migrate", "show"));
		assertThat(severalHeads.exitCode()).as(severalHeads.out()).isEqualTo(1);
		assertThat(severalHeads.err()).contains("MULTIPLE_HEADS").contains("5de000000001").contains("'show heads'");
		assertThat(migrate(environment, "show", "heads").out()).contains("Rev: 5de000000001 (head)");
		assertThat(migrate(environment, "merge", "Join the side branch").out()).contains("_join_the_side_branch.sql");
		assertThat(migrate(environment, "upgrade").out()).contains(", Join the side branch");
		SampleCli.Result check = run(environment, List.of("bash", "migrate", "check"));
		assertThat(check.exitCode()).as("stamped at %s without its SQL: %s", DUE_DATE, check.out()).isEqualTo(3);
		assertThat(check.out()).contains("add column tasks.due_date");
		SampleCli.Result unknown = run(environment, List.of("bash", "migrate", "frobnicate"));
		assertThat(unknown.exitCode()).isEqualTo(2);
	}

	private SampleCli.Result migrate(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", "migrate"));
		command.addAll(List.of(arguments));
		SampleCli.Result result = run(environment, command);
		assertThat(result.exitCode()).as("migrate %s: %s%s", List.of(arguments), result.out(), result.err()).isZero();
		return result;
	}

	private SampleCli.Result run(Map<String, String> environment, List<String> command) throws Exception {
		Path out = Files.createTempFile(this.directory, "migrate", ".out");
		Path err = Files.createTempFile(this.directory, "migrate", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.waitFor();
		return new SampleCli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	@Test
	void offlineSqlTouchesNoDatabase() throws Exception {
		Path sqlite = this.directory.resolve("never-created.db");
		SampleCli.Result forSqlite = SampleCli.run(this.directory, Map.of(), List.of("upgrade", "--sql",
				"--spring.datasource.url=jdbc:sqlite:" + sqlite));
		assertThat(forSqlite.exitCode()).as(forSqlite.err()).isZero();
		assertThat(forSqlite.out()).contains("CREATE TABLE \"migrations_version\"")
			.contains("id INTEGER PRIMARY KEY AUTOINCREMENT")
			.contains("BEGIN;")
			.contains("INSERT INTO \"migrations_version\" (version_num) VALUES ('" + INITIAL + "')")
			.contains("COMMIT;");
		assertThat(sqlite).doesNotExist();
		SampleCli.Result forPostgres = SampleCli.run(this.directory, Map.of(), List.of("upgrade", INITIAL + ":heads",
				"--sql", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere"));
		assertThat(forPostgres.exitCode()).as(forPostgres.err()).isZero();
		assertThat(forPostgres.out()).contains("ALTER TABLE tasks ADD COLUMN due_date DATE;")
			.contains("UPDATE \"migrations_version\" SET version_num = '" + DUE_DATE + "' WHERE version_num = '"
					+ INITIAL + "'")
			.doesNotContain("CREATE TABLE \"migrations_version\"");
		SampleCli.Result downgrade = SampleCli.run(this.directory, Map.of(), List.of("downgrade", DUE_DATE + ":base",
				"--sql", "--dialect", "postgresql", "--json"));
		assertThat(downgrade.exitCode()).as(downgrade.err()).isZero();
		assertThat(json(downgrade.out()).get("sql").asString()).contains("DROP TABLE users;")
			.contains("DELETE FROM \"migrations_version\" WHERE version_num = '" + INITIAL + "'");
	}

	@Test
	void helpListsTheCommandsAndEachCommandsOptions() throws Exception {
		SampleCli.Result help = SampleCli.run(this.directory, Map.of(), List.of("--help"));
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("upgrade", "downgrade", "current", "history", "heads", "branches", "show",
				"stamp", "revision", "merge", "check");
		SampleCli.Result upgradeHelp = SampleCli.run(this.directory, Map.of(), List.of("upgrade", "--help"));
		assertThat(upgradeHelp.out()).startsWith("Usage: migrations upgrade").contains("--sql").contains("--json");
	}

	private Path copyOfSampleRevisions() throws Exception {
		Path revisions = Files.createDirectories(this.directory.resolve("revisions"));
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migrations"))) {
			for (Path file : files.toList()) {
				Files.copy(file, revisions.resolve(file.getFileName()));
			}
		}
		return revisions;
	}

	private JsonNode json(String text) {
		return this.json.readTree(text);
	}

	private final class Cli {

		private final List<String> properties = new ArrayList<>();

		Cli(TestDatabase database, String... properties) {
			for (String property : database.springProperties()) {
				this.properties.add("--" + property);
			}
			this.properties.addAll(List.of(properties));
		}

		SampleCli.Result run(String... arguments) throws Exception {
			List<String> all = new ArrayList<>(List.of(arguments));
			all.addAll(this.properties);
			return SampleCli.run(CommandLineIT.this.directory, Map.of(), all);
		}

		String ok(String... arguments) throws Exception {
			SampleCli.Result result = run(arguments);
			assertThat(result.exitCode()).as("migrations %s failed: %s%s", List.of(arguments), result.out(), result.err())
				.isZero();
			return result.out();
		}

	}

}
