package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrations baseline [REVISION]}, run the way the command line runs it, on SQLite and PostgreSQL.
 */
class BaselineCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void baselineStampsAnExistingSchemaOnceThenUpgradeRunsTheRest(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE users (id VARCHAR(36) PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE)");
		}
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		assertThat(run(migrations, "baseline", "a", "b")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(run(migrations, "baseline")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("Baselined at 1a2b3c4d5e6f (tables found: users); 'upgrade heads' runs the"
				+ " revisions after it\n");
		assertThat(run(migrations, "baseline", "1a2b", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("{\"decision\":\"already_applied\",\"revision\":\"1a2b3c4d5e6f\",\"tables\":[],"
				+ "\"current\":[\"1a2b3c4d5e6f\"]}\n");
		assertThat(run(migrations, "upgrade", "heads")).isEqualTo(CliCommand.OK);
		assertThat(migrations.current()).containsExactly("3c4d5e6f7a8b");
		assertThat(run(migrations, "check")).isEqualTo(CliCommand.OK);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aDatabaseWithAVersionTableIsRefused(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		migrations.upgrade("1a2b3c4d5e6f");
		assertThat(run(migrations, "baseline", "2b3c")).isEqualTo(CommandLineInterface.MIGRATION_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("BASELINE_REFUSED")
			.contains("run 'stamp 2b3c4d5e6f7a'");
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
