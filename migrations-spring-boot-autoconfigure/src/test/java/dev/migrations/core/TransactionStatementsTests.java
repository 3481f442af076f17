package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A revision that runs in a transaction may not end or start one: the statement is refused, naming its file, line and
 * keyword, before it runs, and the revision is not recorded. A savepoint's rollback stays allowed.
 */
class TransactionStatementsTests {

	private static final String FIRST = "ab0000000001";

	private static final String SECOND = "ab0000000002";

	@TempDir
	Path revisions;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aCommitAfterCommentsIsRefusedNamingItsLine(TestDatabase database) throws Exception {
		write(FIRST, "", "CREATE TABLE items (id INTEGER PRIMARY KEY);");
		write(SECOND, FIRST, """
				CREATE TABLE tags (id INTEGER PRIMARY KEY);
				-- keep what came before
				/* whatever follows */ commit;
				CREATE TABLE labels (id INTEGER PRIMARY KEY);""");
		Migrations migrations = engine(database);
		assertThat(migrations.upgrade(FIRST).current()).containsExactly(FIRST);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_FILE);
				assertThat(ex.getMessage()).contains(SECOND + "_second.sql:9: 'COMMIT' would end the transaction")
					.contains("'-- Transactional: false'");
			});
		assertThat(migrations.current()).containsExactly(FIRST);
		assertThat(TestDatabases.query(database, "SELECT revision FROM " + database.quote("migrations_history")))
			.containsExactly(FIRST);
		if (database.transactionalDdl()) {
			assertThat(tableExists(database, "tags")).isFalse();
			assertThat(tableExists(database, "labels")).isFalse();
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aRollbackToASavepointRuns(TestDatabase database) throws Exception {
		write(FIRST, "", """
				CREATE TABLE items (id INTEGER PRIMARY KEY);
				SAVEPOINT before_rows;
				INSERT INTO items (id) VALUES (1);
				ROLLBACK TO SAVEPOINT before_rows;
				INSERT INTO items (id) VALUES (2);""");
		assertThat(engine(database).upgrade("heads").current()).containsExactly(FIRST);
		assertThat(TestDatabases.query(database, "SELECT id FROM items")).containsExactly("2");
	}

	private void write(String revision, String revises, String upgrade) throws Exception {
		String name = (revision.equals(FIRST)) ? "first" : "second";
		Files.writeString(this.revisions.resolve("2026_05_01_1000-" + revision + "_" + name + ".sql"), """
				-- %s
				--
				-- Revision: %s
				-- Revises: %s

				-- migrations:upgrade
				%s

				-- migrations:downgrade
				""".formatted(name, revision, revises, upgrade));
	}

	private static boolean tableExists(TestDatabase database, String name) throws Exception {
		try (Connection connection = database.connect();
				ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
			return tables.next();
		}
	}

	private Migrations engine(TestDatabase database) {
		return Migrations.builder(database.dataSource())
			.locations(List.of("filesystem:" + this.revisions))
			.build();
	}

}
