package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrations import flyway|sql-init}, run the way the command line runs it, on SQLite and PostgreSQL.
 */
class ImportCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path temp;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void importFlywayWithStampLeavesTheDatabaseAtTheImportedHeadAndCheckClean(TestDatabase database)
			throws IOException {
		Path flyway = Files.createDirectories(this.temp.resolve("db/migration"));
		Files.writeString(flyway.resolve("V1__owners.sql"), "CREATE TABLE owners (id INTEGER PRIMARY KEY);\n");
		Files.writeString(flyway.resolve("V2__pets.sql"), "CREATE TABLE pets (id INTEGER PRIMARY KEY);\n");
		Flyway.configure().dataSource(database.url(), database.user(), database.password())
			.locations("filesystem:" + flyway)
			.load()
			.migrate();
		Path revisions = this.temp.resolve("db/migrations");
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of("filesystem:" + revisions))
			.revisionDirectory(revisions.toString())
			.build();
		assertThat(run(migrations, "import", "flyway", "--location", "filesystem:" + flyway, "--stamp"))
			.isEqualTo(CliCommand.OK);
		assertThat(output()).contains("-v1_flyway_v1_owners.sql\n").contains("-v2_flyway_v2_pets.sql\n")
			.endsWith("Stamped the database at v2 (Flyway version 2); 'upgrade heads' runs the revisions after it\n");
		assertThat(run(migrations, "check")).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "current")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("v2");
		assertThat(run(migrations, "import", "flyway", "--location", "filesystem:" + flyway))
			.isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("IMPORT_REFUSED")
			.contains("already holds 2 revision file(s)");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void wrongImportsAreErrorsThatSayWhatToRun(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.revisionDirectory(this.temp.resolve("revisions").toString())
			.build();
		assertThat(run(migrations, "import")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("'import flyway', 'import liquibase' or 'import sql-init'");
		assertThat(run(migrations, "import", "sql-init", "--stamp")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("run 'baseline'");
		assertThat(run(migrations, "import", "liquibase", "--root", this.temp.toString()))
			.isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("IMPORT_REFUSED")
			.contains("db/changelog/db.changelog-master.yaml");
		assertThat(run(migrations, "import", "flyway", "--location", "filesystem:" + this.temp))
			.isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("No Flyway migrations");
	}

	private int run(Migrations migrations, String... args) {
		this.out.reset();
		this.err.reset();
		CommandLineInterface cli = new CommandLineInterface(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return cli.run(List.of(args), Optional.of(migrations), new Settings(null));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
