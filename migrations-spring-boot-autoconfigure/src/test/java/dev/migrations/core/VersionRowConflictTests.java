package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A step's version row and history row are written after its SQL: when the version row is not where the plan found
 * it, the step fails with a conflict and leaves neither its schema change nor its history row; a step that succeeds
 * leaves both rows.
 */
class VersionRowConflictTests {

	private static final String FIRST = "ab0000000001";

	private static final String SECOND = "ab0000000002";

	private static final String ELSEWHERE = "ff0000000009";

	@TempDir
	Path revisions;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aVersionRowMovedByAnotherProcessFailsTheStepAndRollsItBack(TestDatabase database) throws Exception {
		writeRevisions();
		engine(database, MigrationListener.NONE).upgrade(FIRST);
		MigrationListener mover = new MigrationListener() {

			@Override
			public void stepStarted(Step step) {
				execute(database, "UPDATE " + database.quote("migrations_version") + " SET version_num = '"
						+ ELSEWHERE + "'");
			}

		};
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> engine(database, mover).upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.VERSION_TABLE_CONFLICT);
				assertThat(ex.getMessage()).contains("for revision '" + SECOND + "' but changed 0")
					.contains("Run 'current'");
			});
		assertThat(TestDatabases.query(database, "SELECT version_num FROM " + database.quote("migrations_version")))
			.containsExactly(ELSEWHERE);
		assertThat(TestDatabases.query(database, "SELECT revision FROM " + database.quote("migrations_history")))
			.containsExactly(FIRST);
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> TestDatabases.query(database, "SELECT id FROM tags"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void eachStepLeavesItsVersionRowAndOneHistoryRow(TestDatabase database) throws Exception {
		writeRevisions();
		Migrations migrations = engine(database, MigrationListener.NONE);
		assertThat(migrations.upgrade("heads").current()).containsExactly(SECOND);
		assertThat(migrations.downgrade("-1").current()).containsExactly(FIRST);
		assertThat(TestDatabases.query(database, "SELECT revision FROM " + database.quote("migrations_history")
				+ " ORDER BY id")).containsExactly(FIRST, SECOND, SECOND);
		assertThat(TestDatabases.query(database, "SELECT outcome FROM " + database.quote("migrations_history")))
			.containsOnly("SUCCESS");
		assertThat(TestDatabases.query(database, "SELECT version_num FROM " + database.quote("migrations_version")))
			.containsExactly(FIRST);
	}

	private void writeRevisions() throws Exception {
		write(FIRST, "", "CREATE TABLE items (id INTEGER PRIMARY KEY);", "DROP TABLE items;");
		write(SECOND, FIRST, "CREATE TABLE tags (id INTEGER PRIMARY KEY);", "DROP TABLE tags;");
	}

	private void write(String revision, String revises, String upgrade, String downgrade) throws Exception {
		Files.writeString(this.revisions.resolve("2026_05_01_1000-" + revision + "_step.sql"), """
				-- Step %s
				--
				-- Revision: %s
				-- Revises: %s

				-- migrations:upgrade
				%s

				-- migrations:downgrade
				%s
				""".formatted(revision, revision, revises, upgrade, downgrade));
	}

	private Migrations engine(TestDatabase database, MigrationListener listener) {
		return Migrations.builder(database.dataSource())
			.locations(List.of("filesystem:" + this.revisions))
			.listener(listener)
			.build();
	}

	private static void execute(TestDatabase database, String sql) {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
