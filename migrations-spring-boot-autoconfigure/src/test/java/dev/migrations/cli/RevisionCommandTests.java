package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.RevisionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code revision} as the command line runs it: the engine's errors carry the heads and revisions, and only the
 * command line words them with its options ({@code --head}, {@code --splice}, {@code --rev-id}). Needs no database.
 */
class RevisionCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path files;

	@Test
	void aRevisionFromANonHeadNamesSplice() {
		Migrations migrations = migrations("linear");
		assertThat(run(migrations, "revision", "-m", "branch", "--head", "2b3c"))
			.isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("'2b3c4d5e6f7a' is not a head; add --splice to start a new branch from it");
		assertThat(run(migrations, "revision", "-m", "branch", "--head", "2b3c", "--splice", "--rev-id", "b00000000001"))
			.isEqualTo(CliCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("b00000000001_branch.sql");
	}

	@Test
	void aTakenIdNamesRevId() {
		Migrations migrations = migrations("linear");
		assertThat(run(migrations, "revision", "-m", "again", "--rev-id", "1a2b3c4d5e6f"))
			.isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("DUPLICATE_REVISION").contains("Revision '1a2b3c4d5e6f' already exists in ")
			.contains("; choose another --rev-id");
	}

	@Test
	void severalHeadsNameHead() {
		Migrations migrations = migrations("branches");
		assertThat(run(migrations, "revision", "-m", "next")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("MULTIPLE_HEADS").contains("Multiple heads: ")
			.contains("; name the one to revise with --head, or merge them first with 'merge heads'");
	}

	@Test
	void headNamesABranchByItsLabelAsAlembicDoes() throws IOException {
		Migrations migrations = migrations("branches");
		assertThat(run(migrations, "revision", "-m", "bill", "--head", "billing@head", "--rev-id", "b11100000001",
				"--json")).as(this::error).isEqualTo(CliCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"revises\":[\"d2e3f4a5b6c7\"]");
		assertThat(Files.readString(RevisionFiles.file(this.files, "b11100000001"), StandardCharsets.UTF_8))
			.contains("-- Revises: d2e3f4a5b6c7\n");
		assertThat(run(migrations, "revision", "-m", "nowhere", "--head", "nosuch@head"))
			.isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(error()).contains("nosuch");
	}

	@Test
	void operationsWritesAPortableSectionThatLoads() throws IOException {
		Migrations migrations = migrations("linear");
		assertThat(run(migrations, "revision", "-m", "add age", "--operations", "--rev-id", "c00000000001"))
			.isEqualTo(CliCommand.OK);
		Path file = RevisionFiles.file(this.files, "c00000000001");
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(content).contains("-- Revision: c00000000001\n").contains("\n-- migrations:operations\n")
			.doesNotContain("-- migrations:upgrade").doesNotContain("-- migrations:downgrade");
		Files.writeString(file, content + "add column tasks.age integer null\n", StandardCharsets.UTF_8);
		SQLiteDataSource nowhere = new SQLiteDataSource();
		nowhere.setUrl("jdbc:sqlite:" + this.files.resolve("never/created.db"));
		Migrations reloaded = Migrations.builder(nowhere).locations(List.of("filesystem:" + this.files)).build();
		assertThat(reloaded.heads()).containsExactly("c00000000001");
	}

	private Migrations migrations(String fixture) {
		String location = RevisionFiles.copy(fixture, this.files);
		SQLiteDataSource nowhere = new SQLiteDataSource();
		nowhere.setUrl("jdbc:sqlite:" + this.files.resolve("never/created.db"));
		return Migrations.builder(nowhere).locations(List.of(location)).revisionDirectory(this.files.toString())
			.build();
	}

	private int run(Migrations migrations, String... args) {
		this.out.reset();
		this.err.reset();
		CommandLineInterface cli = new CommandLineInterface(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return cli.run(List.of(args), Optional.of(migrations), new Settings(null));
	}

	private String error() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
