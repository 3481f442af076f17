package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.RevisionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --instance NAME}: with several databases configured, a command runs on the one it names, and a name that is
 * not configured is an error listing those that are.
 */
class InstanceOptionTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path files;

	private int engines;

	@Test
	void commandsRunOnTheNamedInstanceOrTheApplicationsDatabase() {
		Engines engines = new Engines(engine("linear"), new Settings(null), Map.of("reports", engine("branches")),
				Map.of("reports", new Settings("jdbc:postgresql://db/reports")));
		assertThat(run(engines, "heads")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("3c4d5e6f7a8b").doesNotContain("d1e2f3a4b5c6");
		assertThat(run(engines, "heads", "--instance", "reports")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("d1e2f3a4b5c6").contains("d2e3f4a5b6c7").doesNotContain("3c4d5e6f7a8b");
		assertThat(run(engines, "upgrade", "--sql", "--instance", "reports", "--json")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("\"dialect\":\"postgresql\"");
	}

	@Test
	void anUnknownInstanceNamesTheConfiguredOnes() {
		Engines engines = new Engines(null, new Settings(null), Map.of("reports", engine("linear"),
				"audit", engine("linear")), Map.of());
		assertThat(run(engines, "heads", "--instance", "billing")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("No instance 'billing' is configured")
			.contains("the instances are: audit, reports");
		assertThat(run(engines, "heads")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no DataSource to migrate")
			.contains("pick an instance with --instance (audit, reports)");
	}

	private Migrations engine(String fixture) {
		Path directory = this.files.resolve(fixture + "-" + (++this.engines));
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String location = RevisionFiles.copy(fixture, directory);
		SQLiteDataSource database = new SQLiteDataSource();
		database.setUrl("jdbc:sqlite:" + directory.resolve("app.db"));
		return Migrations.builder(database).locations(List.of(location)).build();
	}

	private int run(Engines engines, String... args) {
		this.out.reset();
		this.err.reset();
		return new CommandLineInterface(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8)).run(List.of(args), engines);
	}

	private String error() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
