package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic's syntax where it was missing: {@code show head}, {@code show current}, relative {@code history -r} ranges and
 * {@code stamp --sql}, on SQLite and PostgreSQL.
 */
class AlembicSyntaxTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void showHeadAndShowCurrentShowThoseRevisionsInFull(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		assertThat(run(migrations, "show", "current")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("The database is at base: no revision is applied\n");
		assertThat(run(migrations, "show", "head")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("Rev: 3c4d5e6f7a8b (head)").contains("Add task priority");
		migrations.upgrade("2b3c4d5e6f7a");
		assertThat(run(migrations, "show", "current", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).startsWith("{\"revision\":\"2b3c4d5e6f7a\"");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void historyRangesTakeRelativeTargetsAsAlembicDoes(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		migrations.upgrade("heads");
		assertThat(run(migrations, "history", "-r", "-1:current")).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("2b3c4d5e6f7a -> 3c4d5e6f7a8b").contains("1a2b3c4d5e6f -> 2b3c4d5e6f7a")
			.doesNotContain("<base> -> 1a2b3c4d5e6f");
		assertThat(run(migrations, "history", "-r", "base:head")).isEqualTo(CliCommand.OK);
		assertThat(output().lines()).hasSize(3);
		assertThat(run(migrations, "history", "-r", "1a2b:1a2b+1")).isEqualTo(CliCommand.OK);
		assertThat(output().lines()).hasSize(2);
		assertThat(run(migrations, "history", "-r", ":-3")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void stampSqlPrintsTheVersionRowsItWouldMoveAndTouchesNothing(TestDatabase database) throws Exception {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		assertThat(run(migrations, "stamp", "heads", "--sql", "--dialect", database.dialect())).isEqualTo(CliCommand.OK);
		assertThat(output()).contains("stamp <base> -> 3c4d5e6f7a8b").contains("CREATE TABLE")
			.contains("INSERT INTO \"migrations_version\" (version_num) VALUES ('3c4d5e6f7a8b')");
		assertThat(run(migrations, "stamp", "1a2b:3c4d", "--sql", "--dialect", database.dialect()))
			.isEqualTo(CliCommand.OK);
		assertThat(output()).doesNotContain("CREATE TABLE")
			.contains("UPDATE \"migrations_version\" SET version_num = '3c4d5e6f7a8b' WHERE version_num = '1a2b3c4d5e6f'");
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	private int run(Migrations migrations, String... args) {
		this.out.reset();
		CommandLineInterface cli = new CommandLineInterface(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		return cli.run(List.of(args), Optional.of(migrations), new Settings(null));
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
