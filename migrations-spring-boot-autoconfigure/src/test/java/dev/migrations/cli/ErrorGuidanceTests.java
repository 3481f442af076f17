package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.RevisionFiles;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line says when it cannot go on, followed the way a user would: each fix it offers leads to a
 * command that works, not into the next error. And {@code heads} as Alembic lists them.
 */
class ErrorGuidanceTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void anUpgradeOfADatabaseCreatedByHandSuggestsStamp(TestDatabase database, @TempDir Path files)
			throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("linear", files));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE users (id VARCHAR(36) PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE)");
		}
		assertThat(run(migrations, "upgrade")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("SQL_FAILED")
			.contains("If the database already has the changes of the revisions up to '1a2b3c4d5e6f' (it was created"
					+ " by hand or by another tool), record them instead of running them: 'migrations stamp"
					+ " 1a2b3c4d5e6f', then 'migrations upgrade' runs the revisions after it.");
		assertThat(run(migrations, "stamp", "1a2b3c4d5e6f")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "upgrade")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("1a2b3c4d5e6f -> 2b3c4d5e6f7a").doesNotContain("<base> -> 1a2b3c4d5e6f");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aFailureThatIsNotAnExistingTableSuggestsNoStamp(TestDatabase database, @TempDir Path files) {
		Migrations migrations = migrations(database, RevisionFiles.copy("failing", files));
		assertThat(run(migrations, "upgrade")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("SQL_FAILED").doesNotContain("migrations stamp");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void theFixForAnIrreversibleRevisionLeadsToADowngradeThatRuns(TestDatabase database, @TempDir Path files)
			throws IOException {
		Migrations migrations = migrations(database, RevisionFiles.copy("linear", files));
		Path file = RevisionFiles.file(files, "3c4d5e6f7a8b");
		String content = Files.readString(file);
		String upgradeOnly = content.substring(0, content.indexOf("-- migrations:downgrade"));
		Files.writeString(file, upgradeOnly);
		migrations = migrations(database, "filesystem:" + files.toAbsolutePath());
		assertThat(run(migrations, "upgrade")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "downgrade", "-1")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("IRREVERSIBLE_REVISION")
			.contains("add one (it may be empty) to make it reversible")
			.contains("accept the edit with 'migrations accept-checksum 3c4d5e6f7a8b', then run the downgrade again");
		Files.writeString(file, content);
		assertThat(run(migrations, "accept-checksum", "3c4d5e6f7a8b")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "downgrade", "-1")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("Running downgrade 3c4d5e6f7a8b -> 2b3c4d5e6f7a");
		assertThat(run(migrations, "check")).as(this::output).isEqualTo(CliCommand.CHECK_FAILED);
		assertThat(output()).doesNotContain("edited").doesNotContain("checksum");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void currentAtARevisionTheFilesDoNotHaveNamesIt(TestDatabase database, @TempDir Path files) throws IOException {
		Path newer = Files.createDirectories(files.resolve("newer"));
		Path older = Files.createDirectories(files.resolve("older"));
		migrations(database, RevisionFiles.copy("linear", newer)).upgrade("heads");
		RevisionFiles.copy("linear", older);
		Files.delete(RevisionFiles.file(older, "3c4d5e6f7a8b"));
		Migrations migrations = migrations(database, "filesystem:" + older.toAbsolutePath());
		assertThat(run(migrations, "current")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(output()).isEmpty();
		assertThat(error()).contains("UNKNOWN_DATABASE_REVISION")
			.contains("The database is at revision '3c4d5e6f7a8b', which none of the revision files declares")
			.contains("'migrations stamp --purge REV'");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void headsListsARevisionOthersOnlyDependOnAsAlembicDoes(TestDatabase database, @TempDir Path files) {
		Migrations migrations = migrations(database, RevisionFiles.copy("dependencies", files));
		RevisionFiles.edit(files, "aa22aa22aa22", "-- Revises: aa11aa11aa11", "-- Revises: aa11aa11aa11\n-- Depends On: bb22bb22bb22");
		assertThat(run(migrations, "heads", "--json")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("{\"heads\":[\"aa22aa22aa22\",\"bb22bb22bb22\"]}\n");
		assertThat(run(migrations, "heads")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("bb22bb22bb22 (head)\n");
		assertThat(run(migrations, "heads", "--resolve-dependencies", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("{\"heads\":[\"aa22aa22aa22\"]}\n");
		assertThat(run(migrations, "upgrade", "heads")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "current", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("{\"current\":[\"aa22aa22aa22\"]}\n");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void historyShowAndRevisionSeeTheHeadsThatHeadsLists(TestDatabase database, @TempDir Path files) {
		Migrations migrations = migrations(database, RevisionFiles.copy("dependencies", files));
		RevisionFiles.edit(files, "aa22aa22aa22", "-- Revises: aa11aa11aa11", "-- Revises: aa11aa11aa11\n-- Depends On: bb22bb22bb22");
		assertThat(run(migrations, "history")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("-> aa22aa22aa22 (head)").contains("-> bb22bb22bb22 (head)")
			.doesNotContain("bb11bb11bb11 (head)");
		assertThat(run(migrations, "show", "head")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("MULTIPLE_HEADS")
			.contains("Multiple heads for 'head': aa22aa22aa22, bb22bb22bb22; use 'show heads'");
		assertThat(run(migrations, "show", "heads")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("Rev: aa22aa22aa22 (head)").contains("Rev: bb22bb22bb22 (head)");
		assertThat(run(migrations, "revision", "-m", "next")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("MULTIPLE_HEADS").contains("Multiple heads: aa22aa22aa22, bb22bb22bb22; name the"
				+ " one to revise with --head");
		assertThat(run(migrations, "upgrade", "head")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "current", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("{\"current\":[\"aa22aa22aa22\"]}\n");
		assertThat(run(migrations, "history", "--indicate-current")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("-> aa22aa22aa22 (head) (current)").contains("-> bb22bb22bb22 (head), ");
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

	private String error() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static Migrations migrations(TestDatabase database, String location) {
		return Migrations.builder(database.dataSource()).locations(List.of(location)).build();
	}

}
