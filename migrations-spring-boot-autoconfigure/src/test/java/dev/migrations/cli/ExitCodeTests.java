package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.RevisionFiles;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exit codes, command by command and error by error: 2 only for a command line the parser cannot read, 1 with the
 * error's code for every error about revisions (unknown, ambiguous, several heads, an invalid graph), whatever the
 * command.
 */
class ExitCodeTests {

	private static final List<String> EVERY_COMMAND = List.of("upgrade", "upgrade heads --sql --dialect sqlite",
			"downgrade -1", "downgrade c1d2e3f4a5b6:base --sql --dialect sqlite", "current", "history", "heads",
			"branches", "show head", "stamp heads", "stamp heads --sql --dialect sqlite", "check", "revision -m next",
			"merge heads -m join");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	static Stream<Arguments> revisionErrors() {
		List<Arguments> cases = new ArrayList<>();
		for (Graph graph : List.of(Graph.CYCLE, Graph.SELF_REFERENCE, Graph.DUPLICATE_REVISION,
				Graph.DUPLICATE_BRANCH_LABEL)) {
			for (String command : EVERY_COMMAND) {
				cases.add(Arguments.of(graph, command, graph.name()));
			}
		}
		for (String command : List.of("upgrade ffffffffffff", "upgrade ffff --sql --dialect sqlite", "downgrade ffff",
				"show ffff", "stamp ffff", "stamp ffff --sql --dialect sqlite", "history -r ffff:",
				"revision -m next --head ffff", "merge ffff d1e2f3a4b5c6 -m join", "accept-checksum ffff")) {
			cases.add(Arguments.of(Graph.BRANCHES, command, "UNKNOWN_REVISION"));
		}
		for (String command : List.of("upgrade c", "upgrade c --sql --dialect sqlite", "downgrade d", "show c",
				"stamp c", "history -r c:", "revision -m next --head c --splice", "merge c a1b2 -m join")) {
			cases.add(Arguments.of(Graph.BRANCHES, command, "AMBIGUOUS_REVISION"));
		}
		for (String command : List.of("upgrade head", "upgrade head --sql --dialect sqlite", "stamp head",
				"revision -m next", "history -r head:", "downgrade head")) {
			cases.add(Arguments.of(Graph.BRANCHES, command, "MULTIPLE_HEADS"));
		}
		for (String command : List.of("current", "upgrade", "downgrade -1", "stamp heads", "check --json",
				"show current")) {
			cases.add(Arguments.of(Graph.AHEAD_OF_THE_CODE, command,
					command.equals("show current") ? "UNKNOWN_REVISION" : "UNKNOWN_DATABASE_REVISION"));
		}
		return databases(cases);
	}

	static Stream<Arguments> unreadableCommandLines() {
		List<Arguments> cases = new ArrayList<>();
		for (String command : List.of("frobnicate", "current --frobnicate", "heads -z", "upgrade --sql --dialect oracle",
				"check --offline --dialect nosuch", "stamp heads --sql --dialect", "current --instance billing",
				"revision", "downgrade", "show", "upgrade a b", "resolve d1e2f3a4b5c6")) {
			cases.add(Arguments.of(Graph.BRANCHES, command, "USAGE"));
		}
		return databases(cases);
	}

	private static Stream<Arguments> databases(List<Arguments> cases) {
		List<Named> databases = List.of(new Named("sqlite", TestDatabase::sqlite),
				new Named("postgresql", TestDatabase::postgres));
		return databases.stream()
			.flatMap((database) -> cases.stream()
				.map((row) -> Arguments.of(database, row.get()[0], row.get()[1], row.get()[2])));
	}

	@ParameterizedTest(name = "{0} {1}: {2} -> {3}")
	@MethodSource("revisionErrors")
	void revisionErrorsExitWithOneAndTheirCode(Named database, Graph graph, String command, String code,
			@TempDir Path files) throws IOException {
		try (TestDatabase db = database.open()) {
			Migrations migrations = graph.prepare(db, files);
			assertThat(run(migrations, command)).as("%s: %s", command, this.err).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
			assertThat(this.out.toString(StandardCharsets.UTF_8)).as(command).contains("\"code\":\"" + code + "\"");
		}
	}

	@ParameterizedTest(name = "{0} {1}: {2} -> {3}")
	@MethodSource("unreadableCommandLines")
	void onlyWhatTheParserCannotReadExitsWithTwo(Named database, Graph graph, String command, String code,
			@TempDir Path files) throws IOException {
		try (TestDatabase db = database.open()) {
			Migrations migrations = graph.prepare(db, files);
			assertThat(run(migrations, command)).as("%s: %s", command, this.err).isEqualTo(CommandLineInterface.USAGE_ERROR);
			assertThat(this.out.toString(StandardCharsets.UTF_8)).as(command).contains("\"code\":\"" + code + "\"");
		}
	}

	private int run(Migrations migrations, String command) {
		this.out.reset();
		this.err.reset();
		List<String> args = new ArrayList<>(List.of(command.split(" ")));
		if (!args.contains("--json")) {
			args.add("--json");
		}
		CommandLineInterface cli = new CommandLineInterface(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return cli.run(args, Optional.of(migrations), new Settings("jdbc:sqlite:unused.db"));
	}

	/** A database the case opens itself, so that each case starts from an empty one. */
	record Named(String name, Supplier<TestDatabase> factory) {

		TestDatabase open() {
			return this.factory.get();
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** The revision files of a case and the state of its database. */
	enum Graph {

		BRANCHES, AHEAD_OF_THE_CODE, CYCLE, SELF_REFERENCE, DUPLICATE_REVISION, DUPLICATE_BRANCH_LABEL;

		Migrations prepare(TestDatabase database, Path files) throws IOException {
			switch (this) {
				case BRANCHES -> RevisionFiles.copy("branches", files);
				case AHEAD_OF_THE_CODE -> {
					Path newer = Files.createDirectories(files.resolve("newer"));
					files = Files.createDirectories(files.resolve("older"));
					RevisionFiles.copy("linear", newer);
					migrations(database, newer).upgrade("heads");
					RevisionFiles.copy("linear", files);
					Files.delete(RevisionFiles.file(files, "3c4d5e6f7a8b"));
				}
				case CYCLE -> {
					write(files, "0a0a0a0a0a0a", "", Map.of());
					write(files, "1b1b1b1b1b1b", "0a0a0a0a0a0a, 2c2c2c2c2c2c", Map.of());
					write(files, "2c2c2c2c2c2c", "1b1b1b1b1b1b", Map.of());
				}
				case SELF_REFERENCE -> {
					write(files, "0a0a0a0a0a0a", "", Map.of());
					write(files, "1b1b1b1b1b1b", "1b1b1b1b1b1b", Map.of());
				}
				case DUPLICATE_REVISION -> {
					write(files, "0a0a0a0a0a0a", "", Map.of());
					Files.writeString(files.resolve("2026_01_02_0000-0a0a0a0a0a0a_again.sql"),
							Files.readString(RevisionFiles.file(files, "0a0a0a0a0a0a")));
				}
				case DUPLICATE_BRANCH_LABEL -> {
					write(files, "0a0a0a0a0a0a", "", Map.of("Branch Labels", "audit"));
					write(files, "1b1b1b1b1b1b", "", Map.of("Branch Labels", "audit"));
				}
			}
			return migrations(database, files);
		}

		private static Migrations migrations(TestDatabase database, Path files) {
			return Migrations.builder(database.dataSource())
				.locations(List.of("filesystem:" + files.toAbsolutePath()))
				.revisionDirectory(files.toString())
				.build();
		}

		private static void write(Path directory, String id, String revises, Map<String, String> headers)
				throws IOException {
			StringBuilder text = new StringBuilder("-- Revision ").append(id).append("\n--\n-- Revision: ").append(id)
				.append("\n-- Revises: ").append(revises).append('\n');
			headers.forEach((name, value) -> text.append("-- ").append(name).append(": ").append(value).append('\n'));
			text.append("\n-- migrations:upgrade\nCREATE TABLE t_").append(id).append(" (id INTEGER);\n")
				.append("-- migrations:downgrade\nDROP TABLE t_").append(id).append(";\n");
			Files.writeString(directory.resolve("2026_01_01_0000-" + id + "_r.sql"), text);
		}

	}

}
