package dev.migrations.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.RevisionFileParser;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engine settings behind {@code transaction-per-migration}, {@code placeholders} and
 * {@code allow-unknown-revisions}, on SQLite and PostgreSQL.
 */
class MigrationsOptionsTests {

	private static final String PLACEHOLDERS_FILE = "2026_03_02_1000-6f7a8b9c0d1e_notes_with_placeholders.sql";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void placeholdersAreReplacedInTheSqlButNotInTheChecksum(TestDatabase database) throws SQLException, IOException {
		Migrations migrations = builder(database, "placeholders")
			.placeholders(Map.of("prefix", "app_", "greeting", "hello"))
			.build();
		migrations.upgrade("heads");
		assertThat(query(database, "SELECT body FROM app_notes")).containsExactly("hello, app_notes");
		String file = Files.readString(Path.of("src/test/resources/revisions/placeholders", PLACEHOLDERS_FILE));
		assertThat(migrations.historyRecords(1)).extracting(HistoryRecord::checksum)
			.containsExactly(RevisionFileParser.checksum(file));
		migrations.downgrade("base");
		assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKey("app_notes");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aPlaceholderWithoutAValueFailsBeforeAnythingRuns(TestDatabase database) throws SQLException {
		Migrations migrations = builder(database, "placeholders").placeholders(Map.of("prefix", "app_")).build();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageEndingWith(PLACEHOLDERS_FILE + ":9: no value for placeholder '${greeting}'; define it"
					+ " (migrations.placeholders.greeting=...); defined: prefix");
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@Test
	void placeholderNamesAreChecked() {
		try (TestDatabase database = TestDatabase.sqlite()) {
			assertThatExceptionOfType(MigrationsException.class)
				.isThrownBy(() -> builder(database, "placeholders").placeholders(Map.of("bad name", "x")).build())
				.withMessage("Invalid placeholder name 'bad name': use letters, digits, '_', '.', ':' and '-'");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void oneTransactionPerMigrationKeepsTheRevisionsBeforeAFailure(TestDatabase database) {
		Migrations migrations = builder(database, "failing").build();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"));
		assertThat(migrations.current()).containsExactly("3c4d5e6f7a8b");
		assertThat(migrations.historyRecords(10)).hasSize(3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void oneTransactionForAllRevisionsRollsThemAllBackOnAFailure(TestDatabase database) throws SQLException {
		Migrations migrations = builder(database, "failing").transactionPerMigration(false).build();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.SQL_FAILED))
			.withMessageContaining("The revision was rolled back with the revisions of its transaction, from"
					+ " '1a2b3c4d5e6f' on: the database is as it was before them.");
		assertThat(migrations.current()).isEmpty();
		assertThat(migrations.historyRecords(10)).isEmpty();
		// The version tables are created in the first revision's transaction, so they are rolled back with it.
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void oneTransactionForAllRevisionsAppliesThemAll(TestDatabase database) {
		Migrations migrations = builder(database, "linear").transactionPerMigration(false).build();
		MigrationResult result = migrations.upgrade("heads");
		assertThat(result.steps()).hasSize(3);
		assertThat(migrations.current()).containsExactly("3c4d5e6f7a8b");
		assertThat(migrations.historyRecords(10)).hasSize(3);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aNonTransactionalRevisionEndsTheSharedTransaction(TestDatabase database) throws SQLException {
		Migrations migrations = builder(database, "grouped").transactionPerMigration(false).build();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.withMessageContaining("from '8b9c0d1e2f3a' on");
		assertThat(migrations.current()).containsExactly("7a8b9c0d1e2f");
		assertThat(SchemaSnapshot.of(database).tables()).containsOnlyKeys("migrations_history",
				"migrations_version", "users");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aDatabaseAheadOfTheCodeFailsByDefault(TestDatabase database) {
		builder(database, "linear").build().upgrade("heads");
		Migrations older = builder(database, "older").build();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> older.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_DATABASE_REVISION));
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(older::pending)
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_DATABASE_REVISION));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aDatabaseAheadOfTheCodeIsLeftAloneWhenAllowed(TestDatabase database) throws SQLException {
		builder(database, "linear").build().upgrade("heads");
		SchemaSnapshot before = SchemaSnapshot.of(database);
		Migrations older = builder(database, "older").allowUnknownRevisions(true).build();
		assertThat(older.pending()).isEmpty();
		MigrationResult result = older.upgrade("heads");
		assertThat(result.steps()).isEmpty();
		assertThat(result.current()).containsExactly("3c4d5e6f7a8b");
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@Test
	void builderSettingsReachTheConfig() {
		try (TestDatabase database = TestDatabase.sqlite()) {
			MigrationsConfig config = builder(database, "linear").transactionPerMigration(false)
				.validateChecksums(false)
				.placeholders(Map.of("a", "b"))
				.revisionDirectory("db/revisions")
				.allowUnknownRevisions(true)
				.build()
				.config();
			assertThat(config.transactionPerMigration()).isFalse();
			assertThat(config.validateChecksums()).isFalse();
			assertThat(config.placeholders()).containsExactly(Map.entry("a", "b"));
			assertThat(config.revisionDirectory()).isEqualTo("db/revisions");
			assertThat(config.allowUnknownRevisions()).isTrue();
		}
	}

	@Test
	void builderDefaultsAreTheConfigDefaults() {
		try (TestDatabase database = TestDatabase.sqlite()) {
			assertThat(Migrations.builder(database.dataSource()).build().config()).isEqualTo(MigrationsConfig.defaults());
		}
	}

	private static MigrationsBuilder builder(TestDatabase database, String fixture) {
		return Migrations.builder(database.dataSource()).locations(List.of(MigrationsTests.location(fixture)));
	}

	private static List<String> query(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<String> values = new java.util.ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
	}

}
