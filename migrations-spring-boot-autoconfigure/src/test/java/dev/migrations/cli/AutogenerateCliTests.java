package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code revision --autogenerate} and {@code check} with a model, as the command line runs them: what they print,
 * their JSON and their exit codes.
 */
class AutogenerateCliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path files;

	@Test
	void theLoopGeneratesUpgradesChecksAndThenDetectsNothing() {
		Migrations migrations = migrations(users(false));
		assertThat(run(migrations, "revision", "--autogenerate", "-m", "users")).as(this::errors).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("Detected create table users (id BIGINT autoincrement not null")
			.contains("_users.sql; review it, then 'upgrade head'");
		assertThat(run(migrations, "upgrade", "head")).as(this::errors).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "check")).as(this::errors).isEqualTo(CliCommand.OK);
		assertThat(run(migrations, "revision", "--autogenerate", "-m", "again")).as(this::errors).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("No changes detected between the users model and the database");
		assertThat(run(migrations, "check", "--offline", "--dialect", "sqlite")).as(this::errors).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("No problems: the model matches the revisions at the head");
	}

	@Test
	void checkFailsWithEachDifferenceInItsJson() {
		Migrations before = migrations(users(false));
		run(before, "revision", "--autogenerate", "-m", "users");
		run(before, "upgrade", "head");
		Migrations after = migrations(users(true));
		assertThat(run(after, "check", "--json")).as(this::errors).isEqualTo(CliCommand.CHECK_FAILED);
		assertThat(output()).contains("\"passed\":false")
			.contains("\"differences\":[\"add column users.nickname VARCHAR(40) null\"]");
		assertThat(run(after, "check")).isEqualTo(CliCommand.CHECK_FAILED);
		assertThat(output()).contains("FAILED: the model and the migrations differ; run 'migrations revision"
				+ " --autogenerate -m MESSAGE':\n  add column users.nickname VARCHAR(40) null");
	}

	@Test
	void allowEmptyNeedsAutogenerate() {
		assertThat(run(migrations(users(false)), "revision", "-m", "x", "--allow-empty"))
			.isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--allow-empty goes with --autogenerate");
	}

	private static SchemaModel users(boolean nickname) {
		List<Column> columns = nickname
				? List.of(new Column("id", ColumnType.of(Kind.BIGINT), false, null, true, null, null),
						Column.of("nickname", ColumnType.varchar(40), true))
				: List.of(new Column("id", ColumnType.of(Kind.BIGINT), false, null, true, null, null));
		Schema schema = new Schema(List.of(Table.of("users", columns, new PrimaryKey(null, List.of("id")))));
		return new SchemaModel() {

			@Override
			public Schema schema(String dialect) {
				return schema;
			}

			@Override
			public String description() {
				return "the users model";
			}

		};
	}

	private Migrations migrations(SchemaModel model) {
		try {
			Files.createDirectories(this.files.resolve("revisions"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + this.files.resolve("app.db"));
		return Migrations.builder(dataSource).locations(List.of("filesystem:" + this.files.resolve("revisions")))
			.revisionDirectory(this.files.resolve("revisions").toString())
			.model(model)
			.build();
	}

	private int run(Migrations migrations, String... args) {
		this.out.reset();
		this.err.reset();
		CommandLineInterface cli = new CommandLineInterface(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return cli.run(List.of(args), Optional.of(migrations), new Settings(null));
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
