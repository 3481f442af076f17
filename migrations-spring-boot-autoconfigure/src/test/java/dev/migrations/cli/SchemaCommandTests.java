package dev.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrations schema [TABLE...]}, run the way the command line runs it, on SQLite and PostgreSQL.
 */
class SchemaCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void showsTheTablesWithoutTheVersionTables(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		migrations.upgrade("heads");
		boolean postgres = database.dialect().equals("postgresql");
		assertThat(run(migrations, "schema")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("""
				tasks
				  id        INTEGER NOT NULL auto-increment
				  user_id   VARCHAR(36) NOT NULL
				  title     VARCHAR(500) NOT NULL
				  priority  INTEGER NOT NULL DEFAULT 0
				  primary key%s (id)
				  foreign key%s (user_id) references users (id) on delete NO ACTION on update NO ACTION
				  index ix_tasks_user_id (user_id)
				users
				  id     VARCHAR(36)%s
				  email  VARCHAR(255) NOT NULL
				  primary key%s (id)
				  unique%s (email)
				""".formatted(postgres ? " tasks_pkey" : "", postgres ? " tasks_user_id_fkey" : "",
				postgres ? " NOT NULL" : "", postgres ? " users_pkey" : "", postgres ? " users_email_key" : ""));
		assertThat(run(migrations, "schema", "USERS", "--json")).isEqualTo(CliCommand.OK);
		assertThat(output()).isEqualTo("{\"tables\":[{\"name\":\"users\",\"columns\":[{\"name\":\"id\","
				+ "\"type\":\"VARCHAR(36)\",\"nullable\":" + !postgres + ",\"default\":null,\"autoIncrement\":false,"
				+ "\"collation\":null,\"comment\":null},{\"name\":\"email\",\"type\":\"VARCHAR(255)\",\"nullable\":false,"
				+ "\"default\":null,\"autoIncrement\":false,\"collation\":null,\"comment\":null}],\"primaryKey\":"
				+ "{\"name\":" + (postgres ? "\"users_pkey\"" : "null") + ",\"columns\":[\"id\"]},"
				+ "\"uniqueConstraints\":[{\"name\":" + (postgres ? "\"users_email_key\"" : "null")
				+ ",\"columns\":[\"email\"]}],\"foreignKeys\":[],\"checks\":[],\"indexes\":[],\"comment\":null}]}\n");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anUnknownTableIsAUsageErrorNamingTheTables(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(TestDatabases.location("linear")))
			.build();
		migrations.upgrade("1a2b3c4d5e6f");
		assertThat(run(migrations, "schema", "tasks")).isEqualTo(CommandLineInterface.USAGE_ERROR);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("No table 'tasks' in the database; it has: users");
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
