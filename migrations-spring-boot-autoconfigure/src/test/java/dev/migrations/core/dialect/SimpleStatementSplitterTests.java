package dev.migrations.core.dialect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.flywaydb.core.internal.database.h2.H2Parser;
import org.flywaydb.core.internal.database.sqlite.SQLiteParser;
import org.flywaydb.database.mysql.MySQLParser;
import org.flywaydb.database.mysql.mariadb.MariaDBParser;
import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrations.core.api.Section;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.RevisionFileParser;
import dev.migrations.core.script.ScriptResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The simple splitter returns exactly what Flyway's parsers return for every SQL it accepts, accepts the SQL that
 * revisions are mostly made of, and declines each construct where the two could differ.
 */
class SimpleStatementSplitterTests {

	private static final List<String> DIALECTS = List.of("postgresql", "sqlite", "h2", "mysql", "mariadb");

	private static final FlywayStatementSplitter POSTGRESQL_FLYWAY = new FlywayStatementSplitter(PostgreSQLParser::new);

	private static final FlywayStatementSplitter SQLITE_FLYWAY = new FlywayStatementSplitter(SQLiteParser::new);

	private static final FlywayStatementSplitter H2_FLYWAY = new FlywayStatementSplitter(H2Parser::new);

	private static final FlywayStatementSplitter MYSQL_FLYWAY = new FlywayStatementSplitter(MySQLParser::new);

	private static final FlywayStatementSplitter MARIADB_FLYWAY = new FlywayStatementSplitter(MariaDBParser::new);

	private static final List<Path> REVISION_ROOTS = List.of(Path.of("src/test/resources"),
			Path.of("../sample-app/src/main/resources"), Path.of("../sample-app/src/test/resources"));

	private static final String BENCHMARK_REVISION = "CREATE TABLE t_1 (id integer PRIMARY KEY, name varchar(100) NOT NULL,"
			+ " created_at timestamp);\nCREATE INDEX ix_t_1_name ON t_1 (name);\n";

	// Scripts of simple statements, each statement without its delimiter, that the variants are built from.
	private static final List<List<String>> SCRIPTS = List.of(
			List.of("CREATE TABLE t_1 (id integer PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp)",
					"CREATE INDEX ix_t_1_name ON t_1 (name)"),
			List.of("DROP INDEX ix_t_1_name", "DROP TABLE t_1", "SELECT count(*) FROM t_2 WHERE name <> 'x;y'"),
			List.of("CREATE TABLE users (\n    id UUID PRIMARY KEY,\n    email VARCHAR(255) NOT NULL,\n"
					+ "    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n)",
					"CREATE UNIQUE INDEX ix_users_email ON users (email)", "ALTER TABLE users ADD COLUMN due_date DATE"),
			List.of("INSERT INTO notes (id, body) VALUES (1, 'semi;colon -- not a comment /* nor this */')",
					"INSERT INTO notes (id, body) VALUES (2, 'it''s quoted; still one statement')",
					"UPDATE notes SET body = 'a\nmulti-line; string' WHERE id = 2", "DELETE FROM notes WHERE id = 1"),
			List.of("CREATE TABLE \"odd;name\" (\"a--b\" integer, \"say \"\"hi\"\"; /*\" text)",
					"COMMENT ON TABLE \"odd;name\" IS 'a table; with -- odd names'"),
			List.of("CREATE TABLE app.accounts (id bigint PRIMARY KEY, tags text NOT NULL DEFAULT '{}')",
					"CREATE VIEW app.active AS SELECT a.id FROM app.accounts a WHERE a.id > 0",
					"CREATE OR REPLACE VIEW app.first AS SELECT id FROM app.accounts WHERE id = 1",
					"ALTER TABLE app.accounts ALTER COLUMN id SET DEFAULT nextval('app.accounts_seq'::regclass)"),
			List.of("CREATE SEQUENCE s START WITH 1", "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
					"CREATE EXTENSION IF NOT EXISTS pgcrypto", "DROP TYPE mood", "DROP SEQUENCE IF EXISTS s"),
			List.of("INSERT INTO accents (word) VALUES ('caf\u00e9 \u2615 na\u00efve')",
					"CREATE TABLE \"\u00e9t\u00e9\" (a integer)"));

	private static final List<List<String>> POSTGRESQL_SCRIPTS = List.of(List.of(
			"CREATE TABLE posts (id bigint PRIMARY KEY, tags text[] NOT NULL DEFAULT ARRAY[]::text[])",
			"UPDATE posts SET tags[1] = 'first' WHERE id = 1",
			"CREATE UNLOGGED TABLE scratch (payload jsonb NOT NULL DEFAULT '{}'::jsonb)"));

	private static final List<List<String>> SQLITE_SCRIPTS = List.of(List.of(
			"CREATE TABLE `odd;name` (`a--b` integer, `say ``hi``` text)",
			"INSERT INTO `odd;name` (`a--b`) VALUES (1)", "CREATE TEMP TABLE scratch (a)"));

	private static final List<UnaryOperator<String>> DECORATIONS = List.of(UnaryOperator.identity(),
			(script) -> "-- a comment; with a semicolon\n" + script,
			(script) -> "/* a block comment; with a semicolon */\n" + script,
			(script) -> "/* a block\n   comment; over -- lines */ " + script,
			(script) -> script.replace(";\n", ";\n-- between; with -- dashes\n"),
			(script) -> script.replace(";\n", ";\n/* between; */\n/* and again */ "),
			(script) -> script.replace(";\n", "; -- after it on the same line\n"),
			(script) -> script.replace(";\n", " -- before its semicolon\n;\n"),
			(script) -> script + "-- a comment after the last statement; with a semicolon\n",
			(script) -> script + "/* a trailing block comment */",
			(script) -> "\n\n\n" + script.replace(";\n", ";\n\n\n") + "\n\n",
			(script) -> script.replace("\n", "\r\n"), (script) -> script.replace("\n", "\r"),
			(script) -> ("-- a comment\n" + script.replace(";\n", "; -- after; it\n")).replace("\n", "\r\n"),
			(script) -> ("-- a comment\n" + script.replace(";\n", "; -- after; it\n")).replace("\n", "\r"),
			(script) -> script.replace(";\n", " -- ends in a wide space\u2003\n;\n"),
			(script) -> "\t" + script.replace("\n", "\n\t").replace(" ", "\t"),
			(script) -> script.substring(0, script.length() - 2), (script) -> script.replace(";\n", ";"),
			(script) -> script.replace(";\n", ";;\n; ;\n"), (script) -> "  " + script.replace("\n", "\n  "),
			(script) -> script.toLowerCase(Locale.ROOT), (script) -> script.replace("(", "(\n").replace(",", ",\n"),
			(script) -> script.replace(";\n", ";\n-- only a comment; then a delimiter\n;\n"));

	@Test
	void acceptsAndSplitsTheBenchmarkRevisionAsFlywayDoes() {
		for (String dialect : DIALECTS) {
			assertThat(splitsAsFlyway(dialect, BENCHMARK_REVISION)).isTrue();
		}
		assertThat(new SimpleStatementSplitter(StatementSyntax.STANDARD).split(BENCHMARK_REVISION)).containsExactly(new SqlStatement(
				"CREATE TABLE t_1 (id integer PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp)", 1, true),
				new SqlStatement("CREATE INDEX ix_t_1_name ON t_1 (name)", 2, true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "sqlite", "h2", "mysql", "mariadb" })
	void acceptsEverySectionOfTheSampleApplication(String dialect) throws IOException {
		List<String> sections = sections(Path.of("../sample-app/src/main/resources"));
		assertThat(sections).hasSizeGreaterThan(5);
		for (String sql : sections) {
			assertThat(splitsAsFlyway(dialect, sql)).as(sql).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "sqlite", "h2", "mysql", "mariadb" })
	void splitsEveryRevisionFileItAcceptsAsFlywayDoes(String dialect) throws IOException {
		List<String> inputs = new ArrayList<>();
		for (Path root : REVISION_ROOTS) {
			inputs.addAll(sections(root));
			for (Path file : sqlFiles(root)) {
				inputs.add(read(file));
			}
		}
		int accepted = 0;
		for (String sql : inputs) {
			accepted += splitsAsFlyway(dialect, sql) ? 1 : 0;
		}
		assertThat(inputs).hasSizeGreaterThan(200);
		assertThat(accepted).isGreaterThan(inputs.size() * 3 / 4);
	}

	@ParameterizedTest
	@MethodSource("variants")
	void acceptsAndSplitsVariantsAsFlywayDoes(String dialect, String sql) {
		assertThat(splitsAsFlyway(dialect, sql)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " \n\t\r\n", "-- only a comment", "-- a; b\n/* c; d */\n", ";", ";;\n; ;", "/**/",
			"-- one;\n;\n-- two\n" })
	void acceptsSqlWithoutStatements(String sql) {
		for (String dialect : DIALECTS) {
			assertThat(splitsAsFlyway(dialect, sql)).isTrue();
			assertThat(simple(dialect).split(sql)).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("declined")
	void declinesWhatItCouldSplitDifferently(String dialect, String sql) {
		assertThat(simple(dialect).split(sql)).isNull();
		assertThat(outcome(() -> Dialects.named(dialect).split(sql)))
			.isEqualTo(outcome(() -> flyway(dialect).split(sql)));
	}

	static Stream<Arguments> variants() {
		List<Arguments> variants = new ArrayList<>();
		for (String dialect : DIALECTS) {
			List<List<String>> scripts = new ArrayList<>(SCRIPTS);
			scripts.addAll(dialect.equals("sqlite") ? SQLITE_SCRIPTS : POSTGRESQL_SCRIPTS);
			for (List<String> statements : scripts) {
				String script = String.join(";\n", statements) + ";\n";
				for (UnaryOperator<String> decoration : DECORATIONS) {
					variants.add(arguments(dialect, decoration.apply(script)));
				}
			}
		}
		return variants.stream();
	}

	static Stream<Arguments> declined() {
		return Stream.of(arguments("postgresql", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;"),
				arguments("postgresql", "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 $body$ LANGUAGE sql;"),
				arguments("postgresql", "INSERT INTO prices (label) VALUES ('US$ 5');"),
				arguments("sqlite", "INSERT INTO t (a) VALUES ($a);"),
				arguments("postgresql", "INSERT INTO t (a) VALUES ('a\\');"),
				arguments("sqlite", "INSERT INTO t (a) VALUES ('a\\'); -- a backslash"),
				arguments("postgresql", "INSERT INTO t (a) VALUES (E'it\\'s; one');"),
				arguments("postgresql", "INSERT INTO t (a) VALUES (e'it''s');"),
				arguments("postgresql", "INSERT INTO t (a) VALUES (B'101');"),
				arguments("sqlite", "INSERT INTO t (a) VALUES (X'00');"),
				arguments("postgresql", "INSERT INTO t (a) VALUES (U&'d\\0061t');"),
				arguments("postgresql", "INSERT INTO t (a) VALUES (N'abc');"),
				arguments("postgresql", "CREATE TABLE U&\"d;t\" (a int);"),
				arguments("postgresql", "/* outer /* nested; */ still a comment */ CREATE TABLE t (a int);"),
				arguments("sqlite", "CREATE TABLE t (a int); /* never closed; DROP TABLE t;"),
				arguments("sqlite", "INSERT INTO t (a) VALUES ('never closed; DROP TABLE t;"),
				arguments("postgresql", "CREATE TABLE \"never closed (a int); DROP TABLE t;"),
				arguments("postgresql", "CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;"),
				arguments("sqlite", "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END;"),
				arguments("sqlite", "UPDATE t SET a = CASE WHEN b = 1 THEN 'x' ELSE 'y' END;"),
				arguments("sqlite", "CREATE TABLE t (\"end\" int, begin int);"),
				arguments("postgresql", "CREATE INDEX CONCURRENTLY ix ON t (a);"),
				arguments("postgresql", "CREATE UNIQUE INDEX concurrently ix ON t (a);"),
				arguments("postgresql", "DROP INDEX CONCURRENTLY ix;"), arguments("postgresql", "VACUUM t;"),
				arguments("postgresql", "CREATE DATABASE d;"), arguments("postgresql", "DROP TABLESPACE s;"),
				arguments("postgresql", "CREATE SUBSCRIPTION s CONNECTION 'c' PUBLICATION p;"),
				arguments("postgresql", "ALTER SYSTEM SET work_mem = '8MB';"),
				arguments("postgresql", "REINDEX DATABASE d;"), arguments("postgresql", "DISCARD ALL;"),
				arguments("postgresql", "ALTER TYPE mood ADD VALUE 'calm';"),
				arguments("postgresql", "COPY t (a) FROM STDIN;\n1\n\\.\n"),
				arguments("sqlite", "PRAGMA foreign_keys = OFF;"), arguments("sqlite", "ANALYZE t;"),
				arguments("postgresql", "WITH one AS (SELECT 1) SELECT * FROM one;"),
				arguments("postgresql", "GRANT SELECT ON t TO reader;"),
				arguments("postgresql", "CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql;"),
				arguments("sqlite", "CREATE TABLE t (a int);\nANALYZE t;\n"),
				arguments("postgresql", "CREATE.x TABLE t (a int);"),
				arguments("postgresql", "(SELECT 1);"), arguments("sqlite", "CREATE TABLE t (a int; b int);"),
				arguments("sqlite", "CREATE TABLE t (a int));\nCREATE TABLE u (a int);"),
				arguments("sqlite", "CREATE TABLE t ((a int);\nCREATE TABLE u (a int);"),
				arguments("postgresql", "CREATE TABLE `t;x` (a int);"),
				arguments("sqlite", "CREATE TABLE [t;x] (a int);"),
				arguments("postgresql", "CREATE TABLE caf\u00e9 (a int);"),
				arguments("postgresql", "CREATE\u00a0TABLE t (a int);"),
				arguments("sqlite", "\ufeffCREATE TABLE t (a int);"),
				arguments("sqlite", "INSERT INTO t (a) VALUES ('\ufeff');"),
				arguments("sqlite", "CREATE TABLE t (a int);\f"),
				arguments("postgresql", "INSERT INTO t (a) VALUES ('\u0000');"),
				arguments("mysql", "CREATE TABLE t (a int); # a comment; with a semicolon\n"),
				arguments("mariadb", "# a comment first\nCREATE TABLE t (a int);"),
				arguments("mysql", "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\n"),
				arguments("mariadb", "DELIMITER ;;\nCREATE TABLE t (a int);;\nDELIMITER ;\n"),
				arguments("mysql", "/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE t (a int);"),
				arguments("mysql", "CREATE TABLE t (a int);--not a comment in MySQL\n"),
				arguments("mariadb", "INSERT INTO t (a) VALUES ('it\\'s; one');"),
				arguments("h2", "CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$;"));
	}

	// Whether the simple splitter accepts the SQL; when it does, its statements must be Flyway's.
	static boolean splitsAsFlyway(String dialect, String sql) {
		List<SqlStatement> statements = simple(dialect).split(sql);
		if (statements == null) {
			return false;
		}
		assertThat(statements).as("%s: %s", dialect, sql).isEqualTo(flyway(dialect).split(sql));
		return true;
	}

	static SimpleStatementSplitter simple(String dialect) {
		return new SimpleStatementSplitter(switch (dialect) {
			case "sqlite" -> StatementSyntax.SQLITE;
			case "h2" -> StatementSyntax.H2;
			case "mysql", "mariadb" -> StatementSyntax.MYSQL;
			default -> StatementSyntax.STANDARD;
		});
	}

	static FlywayStatementSplitter flyway(String dialect) {
		return switch (dialect) {
			case "sqlite" -> SQLITE_FLYWAY;
			case "h2" -> H2_FLYWAY;
			case "mysql" -> MYSQL_FLYWAY;
			case "mariadb" -> MARIADB_FLYWAY;
			default -> POSTGRESQL_FLYWAY;
		};
	}

	// The statements, or the failure, as a comparable value.
	private static Object outcome(Supplier<List<SqlStatement>> split) {
		try {
			return split.get();
		}
		catch (RuntimeException ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	private static List<String> sections(Path root) throws IOException {
		RevisionFileParser parser = new RevisionFileParser(Dialects.names());
		List<String> sections = new ArrayList<>();
		for (Path file : sqlFiles(root)) {
			ScriptResource resource = new ScriptResource(file.getFileName().toString(), file.toString(),
					file.toUri().toURL());
			try {
				for (Section section : parser.parse(resource, read(file)).sections()) {
					sections.add(section.sql());
				}
			}
			catch (MigrationsException ex) {
				// A file of the bad-input corpus: its whole text is still SQL to split.
			}
		}
		return sections;
	}

	// Leniently: the bad-input corpus holds a file that is not UTF-8.
	private static String read(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

	private static List<Path> sqlFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
	}

}
