package dev.migrations.core.dialect;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrations.core.api.SqlIdentifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * H2, MySQL and MariaDB: how they are recognised, how they quote, and how their SQL is cut, with MySQL's
 * {@code DELIMITER} lines, {@code #} comments and backslash escapes.
 */
class NonTransactionalDialectsTests {

	@ParameterizedTest
	@CsvSource({ "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1, h2", "jdbc:h2:file:./data/app;MODE=PostgreSQL, h2",
			"jdbc:h2:mem:test;MODE=MySQL;DATABASE_TO_LOWER=TRUE, h2", "jdbc:h2:tcp://localhost/~/test, h2",
			"jdbc:mysql://db.example:3306/app?useSSL=false, mysql", "JDBC:MYSQL://db/app, mysql",
			"jdbc:mysql+srv://_mysql._tcp.db.example/app, mysql",
			"jdbc:mariadb://127.0.0.1:3306/app, mariadb", "jdbc:mariadb:replication://a:3306/app, mariadb",
			"jdbc:postgresql://db/app, postgresql", "jdbc:sqlite:app.db, sqlite" })
	void recognisesEachDatabaseByItsUrl(String url, String dialect) {
		assertThat(Dialects.forUrl(url).name()).isEqualTo(dialect);
	}

	@ParameterizedTest
	@CsvSource({ "h2, h2", "mysql, mysql", "mariadb, mariadb", "postgresql, postgresql", "sqlite, sqlite" })
	void recognisesEachDatabaseByItsDriversProductName(String product, String dialect) {
		List<Dialect> matching = Dialects.names().stream().map(Dialects::named)
			.filter((candidate) -> candidate.recognizesProduct(product)).toList();
		assertThat(matching).extracting(Dialect::name).containsExactly(dialect);
	}

	@Test
	void namesEveryDialect() {
		assertThat(Dialects.names()).containsExactlyInAnyOrder("postgresql", "sqlite", "h2", "mysql", "mariadb");
	}

	@Test
	void quotesWithBackticksOnMysqlAndMariadbAndDoubleQuotesOnH2() {
		SqlIdentifier schema = SqlIdentifier.of("app", "schema");
		SqlIdentifier table = SqlIdentifier.of("migrations_version", "version table");
		assertThat(Dialects.named("mysql").qualify(schema, table)).isEqualTo("`app`.`migrations_version`");
		assertThat(Dialects.named("mariadb").qualify(null, table)).isEqualTo("`migrations_version`");
		assertThat(Dialects.named("h2").qualify(schema, table)).isEqualTo("\"app\".\"migrations_version\"");
	}

	@Test
	void onlyPostgresqlAndSqliteHaveTransactionalDdl() {
		assertThat(Dialects.names().stream().map(Dialects::named).filter(Dialect::transactionalDdl))
			.extracting(Dialect::name)
			.containsExactlyInAnyOrder("postgresql", "sqlite");
	}

	@Test
	void mysqlSplitsAtTheDelimiterADelimiterLineSets() {
		String sql = """
				CREATE TABLE t (a int);
				DELIMITER //
				CREATE PROCEDURE p()
				BEGIN
				  INSERT INTO t (a) VALUES (1);
				  INSERT INTO t (a) VALUES (2);
				END //
				DELIMITER ;
				CALL p();
				""";
		for (String dialect : List.of("mysql", "mariadb")) {
			assertThat(Dialects.named(dialect).split(sql)).extracting(SqlStatement::sql, SqlStatement::line)
				.containsExactly(tuple("CREATE TABLE t (a int)", 1),
						tuple("CREATE PROCEDURE p()\nBEGIN\n  INSERT INTO t (a) VALUES"
								+ " (1);\n  INSERT INTO t (a) VALUES (2);\nEND", 3),
						tuple("CALL p()", 9));
		}
	}

	@Test
	void mysqlReadsHashCommentsAndBackslashEscapes() {
		String sql = """
				# a comment; not a statement
				INSERT INTO t (a) VALUES ('it\\'s; one');
				INSERT INTO t (a) VALUES ("two; \\" three"); # trailing; comment
				""";
		assertThat(Dialects.named("mysql").split(sql)).extracting(SqlStatement::line).containsExactly(2, 3);
		assertThat(Dialects.named("mysql").split(sql).get(0).sql()).endsWith("VALUES ('it\\'s; one')");
		assertThat(Dialects.named("mariadb").split(sql).get(1).sql()).isEqualTo("INSERT INTO t (a) VALUES (\"two;"
				+ " \\\" three\")");
	}

	@Test
	void h2ReadsBacktickIdentifiers() {
		assertThat(Dialects.named("h2").split("CREATE TABLE `a;b` (x int);\nDROP TABLE `a;b`;"))
			.extracting(SqlStatement::sql)
			.containsExactly("CREATE TABLE `a;b` (x int)", "DROP TABLE `a;b`");
	}

	@Test
	void mysqlLockNamesFitGetLocksLimit() {
		assertThat(MysqlDialect.key("app.migrations_version")).isEqualTo("migrations:app.migrations_version");
		String longName = "a_very_long_database_name_of_an_application." + "x".repeat(40);
		String key = MysqlDialect.key(longName);
		assertThat(key).hasSize(64).startsWith("migrations:a_very_long").isNotEqualTo(MysqlDialect.key(longName + "y"));
	}

	@Test
	void mysqlOfflineStatementsKeepBodiesWithSemicolonsWhole() {
		Dialect mysql = Dialects.named("mysql");
		assertThat(mysql.scriptStatement("CREATE TABLE t (a int)")).isEqualTo("CREATE TABLE t (a int);");
		assertThat(mysql.scriptStatement("CREATE PROCEDURE p() BEGIN SELECT 1; END"))
			.isEqualTo("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n//\nDELIMITER ;");
		assertThat(mysql.literal("it's a \\ path")).isEqualTo("'it''s a \\\\ path'");
		assertThat(Dialects.named("h2").literal("it's a \\ path")).isEqualTo("'it''s a \\ path'");
	}

}
