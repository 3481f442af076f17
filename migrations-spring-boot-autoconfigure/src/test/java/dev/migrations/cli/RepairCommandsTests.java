package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.testsupport.RevisionFiles;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands the reliability messages name, run the way the command line runs them: {@code resolve} and
 * {@code accept-checksum}.
 */
class RepairCommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void resolveRecordsTheOperatorsDecision(TestDatabase database, @TempDir Path files) throws SQLException {
		Migrations migrations = migrations(database, RevisionFiles.copy("nontransactional", files));
		assertThat(run(migrations, "upgrade", "heads")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(run(migrations, "resolve", "5a1e00000002")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(run(migrations, "resolve", "5a1e00000002", "--applied", "--not-applied"))
			.isEqualTo(CommandLineInterface.USAGE_ERROR);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE part_two (id INTEGER PRIMARY KEY)");
		}
		assertThat(run(migrations, "resolve", "5a1e00000002", "--applied", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("\"resolution\":\"applied\"").contains("\"current\":[\"5a1e00000002\"]");
		assertThat(migrations.historyRecords(1)).extracting(HistoryRecord::outcome).containsExactly(Outcome.RESOLVED);
		assertThat(run(migrations, "resolve", "5a1e00000002", "--not-applied")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("NOTHING_TO_RESOLVE");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void acceptChecksumAcceptsTheEditNamedInTheError(TestDatabase database, @TempDir Path files) {
		String location = RevisionFiles.copy("linear", files);
		Migrations.builder(database.dataSource()).locations(List.of(location)).build().upgrade("heads");
		RevisionFiles.edit(files, "2b3c4d5e6f7a", "-- migrations:upgrade", "-- Reviewed.\n-- migrations:upgrade");
		Migrations migrations = migrations(database, location);
		assertThat(run(migrations, "check")).isEqualTo(CliCommand.CHECK_FAILED);
		assertThat(output()).contains("'migrations accept-checksum 2b3c4d5e6f7a'");
		assertThat(run(migrations, "accept-checksum")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(run(migrations, "accept-checksum", "2b3c4d5e6f7a")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("Accepted ").contains("2026_01_28_0900-2b3c4d5e6f7a_create_tasks.sql");
		assertThat(run(migrations, "check")).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "accept-checksum", "2b3c4d5e6f7a")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("Nothing to accept");
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

	private static Migrations migrations(TestDatabase database, String location) {
		return Migrations.builder(database.dataSource()).locations(List.of(location)).build();
	}

}
