package dev.migrations.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.RevisionFileParser;
import dev.migrations.testsupport.RevisionFiles;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every applied revision's checksum is recorded; editing an applied file stops every migration, naming the file,
 * until the edit is undone or accepted on purpose.
 */
class ChecksumTests {

	private static final String R2 = "2b3c4d5e6f7a";

	private static final String R3 = "3c4d5e6f7a8b";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void editingAnAppliedFileStopsEveryMigrationNamingTheFile(TestDatabase database, @TempDir Path files)
			throws SQLException {
		String location = RevisionFiles.copy("linear", files);
		Migrations.builder(database.dataSource()).locations(List.of(location)).build().upgrade(R2);
		Path edited = RevisionFiles.file(files, R2);
		String recorded = checksum(edited);
		RevisionFiles.edit(files, R2, "title VARCHAR(500)", "title VARCHAR(900)");
		SchemaSnapshot before = SchemaSnapshot.of(database);
		Migrations migrations = Migrations.builder(database.dataSource()).locations(List.of(location)).build();
		for (Runnable command : List.<Runnable>of(() -> migrations.upgrade("heads"), () -> migrations.upgrade(R2),
				() -> migrations.downgrade("base"), migrations::validate)) {
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(command::run).satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
				assertThat(ex.getMessage())
					.contains("file was edited after it was applied: " + edited + " (revision '" + R2
							+ "': applied with checksum " + recorded + ", now " + checksum(edited) + ")")
					.contains("'migrations accept-checksum " + R2 + "'")
					.contains("Turning checksum validation off skips this check");
			});
		}
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
		assertThat(migrations.checksumMismatches())
			.containsExactly(new ChecksumMismatch(R2, edited.toString(), recorded, checksum(edited)));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void lineEndingsAndEditsOfRevisionsNotAppliedAreNotMismatches(TestDatabase database, @TempDir Path files)
			throws IOException {
		String location = RevisionFiles.copy("linear", files);
		Migrations migrations = Migrations.builder(database.dataSource()).locations(List.of(location)).build();
		migrations.upgrade("heads");
		for (Path file : Files.list(files).toList()) {
			Files.writeString(file, Files.readString(file).replace("\n", "\r\n"), StandardCharsets.UTF_8);
		}
		Migrations windows = Migrations.builder(database.dataSource()).locations(List.of(location)).build();
		assertThat(windows.checksumMismatches()).isEmpty();
		windows.downgrade("-1");
		RevisionFiles.edit(files, R3, "priority INTEGER", "priority SMALLINT");
		Migrations edited = Migrations.builder(database.dataSource()).locations(List.of(location)).build();
		assertThat(edited.upgrade("heads").steps()).hasSize(1);
		assertThat(edited.checksumMismatches()).isEmpty();
		edited.validate();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void validateChecksumsFalseSkipsTheCheck(TestDatabase database, @TempDir Path files) {
		String location = RevisionFiles.copy("linear", files);
		Migrations.builder(database.dataSource()).locations(List.of(location)).build().upgrade(R2);
		RevisionFiles.edit(files, R2, "title VARCHAR(500)", "title VARCHAR(900)");
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(location))
			.validateChecksums(false)
			.build();
		assertThat(migrations.config().validateChecksums()).isFalse();
		assertThat(migrations.upgrade("heads").current()).containsExactly(R3);
		assertThat(migrations.checksumMismatches()).extracting(ChecksumMismatch::revision).containsExactly(R2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void acceptChecksumRecordsAnEditOnPurpose(TestDatabase database, @TempDir Path files) {
		String location = RevisionFiles.copy("linear", files);
		Migrations.builder(database.dataSource()).locations(List.of(location)).build().upgrade(R2);
		RevisionFiles.edit(files, R2, "-- migrations:upgrade", "-- A comment added later.\n-- migrations:upgrade");
		Migrations migrations = Migrations.builder(database.dataSource()).locations(List.of(location)).build();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(migrations::acceptChecksum)
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.NOTHING_TO_RESOLVE))
			.withMessageContaining("edited now: " + R2);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.acceptChecksum(R3))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.NOTHING_TO_RESOLVE))
			.withMessageContaining("'" + R3 + "' is not applied");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.acceptChecksum("ffff"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_REVISION));
		List<ChecksumMismatch> accepted = migrations.acceptChecksum("2b3c");
		assertThat(accepted).extracting(ChecksumMismatch::revision).containsExactly(R2);
		HistoryRecord record = migrations.historyRecords(1).get(0);
		assertThat(record.outcome()).isEqualTo(Outcome.ACCEPTED);
		assertThat(record.checksum()).isEqualTo(accepted.get(0).actual());
		assertThat(migrations.acceptChecksum(R2)).isEmpty();
		assertThat(migrations.upgrade("heads").current()).containsExactly(R3);
		assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::outcome)
			.containsExactly(Outcome.SUCCESS, Outcome.ACCEPTED, Outcome.SUCCESS, Outcome.SUCCESS);
	}

	// The command that reads the files runs the SQL it read: an edit made while it runs (here as its first step
	// starts) is not half taken, and the checksum recorded is that of the SQL that ran. The next engine sees the edit.
	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anUpgradeRunsTheSqlWhoseChecksumItRecords(TestDatabase database, @TempDir Path files) throws SQLException {
		String location = RevisionFiles.copy("linear", files);
		String loaded = checksum(RevisionFiles.file(files, R3));
		MigrationListener editsAsItRuns = new MigrationListener() {
			@Override
			public void stepStarted(Step step) {
				if (step.revision().parents().isEmpty()) {
					RevisionFiles.edit(files, R3, "priority INTEGER", "urgency INTEGER");
				}
			}
		};
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(location))
			.listener(editsAsItRuns)
			.build();
		assertThat(migrations.upgrade("heads").current()).containsExactly(R3);
		assertThat(migrations.historyRecords(1).get(0).checksum()).isEqualTo(loaded);
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT priority FROM tasks").close();
		}
		Migrations next = Migrations.builder(database.dataSource()).locations(List.of(location)).build();
		assertThat(next.checksumMismatches()).extracting(ChecksumMismatch::revision).containsExactly(R3);
	}

	private static String checksum(Path file) {
		try {
			return RevisionFileParser.checksum(Files.readString(file));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
