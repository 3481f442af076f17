package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.HistoryRows;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An engine that found its tables at head reads them in one query on its next check: that check still sees whatever
 * another process changed in between, as the first one would.
 */
class RepeatedCheckAtHeadTests {

	private static final String FIRST = "ab0000000001";

	private static final String HEAD = "ab0000000002";

	@TempDir
	Path revisions;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aRepeatedCheckAppliesWhatAnotherProcessDowngradedSince(TestDatabase database) throws Exception {
		Migrations migrations = checkedTwiceAtHead(database);
		engine(database).downgrade("-1");
		MigrationResult result = migrations.upgrade("heads");
		assertThat(result.steps()).hasSize(1);
		assertThat(result.current()).containsExactly(HEAD);
		assertThat(TestDatabases.query(database, "SELECT id FROM tags")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aRepeatedCheckMigratesADatabaseWhoseTablesWereDroppedSince(TestDatabase database) throws Exception {
		Migrations migrations = checkedTwiceAtHead(database);
		engine(database).downgrade("base");
		execute(database, "DROP TABLE " + database.quote("migrations_version"),
				"DROP TABLE " + database.quote("migrations_history"));
		MigrationResult result = migrations.upgrade("heads");
		assertThat(result.steps()).hasSize(2);
		assertThat(result.current()).containsExactly(HEAD);
		assertThat(migrations.upgrade("heads").steps()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aRepeatedCheckReportsAFailureRecordedSince(TestDatabase database) throws Exception {
		Migrations migrations = checkedTwiceAtHead(database);
		try (Connection connection = database.connect()) {
			HistoryRows.append(connection, new HistoryRecord(HEAD, Direction.DOWNGRADE, "Create tags", "tags.sql", "",
					Instant.parse("2026-05-02T10:00:00Z"), Instant.parse("2026-05-02T10:00:01Z"), 1000L, "deploy",
					Outcome.FAILED));
		}
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNRESOLVED_FAILURE));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aRepeatedCheckReportsAChecksumEditedSince(TestDatabase database) throws Exception {
		Migrations migrations = checkedTwiceAtHead(database);
		execute(database, "UPDATE " + database.quote("migrations_history") + " SET checksum = '00000000'"
				+ " WHERE revision = '" + HEAD + "'");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH));
	}

	// The first upgrade migrates, the second finds both tables in the catalog: the next check reads them at once.
	private Migrations checkedTwiceAtHead(TestDatabase database) throws Exception {
		Files.writeString(this.revisions.resolve("2026_05_01_1000-" + FIRST + "_create_items.sql"), """
				-- Create items
				--
				-- Revision: %s
				-- Revises:

				-- migrations:upgrade
				CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);

				-- migrations:downgrade
				DROP TABLE items;
				""".formatted(FIRST));
		Files.writeString(this.revisions.resolve("2026_05_01_1100-" + HEAD + "_create_tags.sql"), """
				-- Create tags
				--
				-- Revision: %s
				-- Revises: %s

				-- migrations:upgrade
				CREATE TABLE tags (id INTEGER PRIMARY KEY);

				-- migrations:downgrade
				DROP TABLE tags;
				""".formatted(HEAD, FIRST));
		Migrations migrations = engine(database);
		assertThat(migrations.upgrade("heads").steps()).hasSize(2);
		MigrationResult second = migrations.upgrade("heads");
		assertThat(second.steps()).isEmpty();
		assertThat(second.current()).containsExactly(HEAD);
		return migrations;
	}

	private Migrations engine(TestDatabase database) {
		return Migrations.builder(database.dataSource())
			.locations(List.of("filesystem:" + this.revisions))
			.build();
	}

	private static void execute(TestDatabase database, String... statements) throws Exception {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
