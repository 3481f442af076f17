package dev.migrations.core.runtime;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.DatabaseStatus;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Problem;
import dev.migrations.core.api.Revision;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.ScriptDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each row: the version rows, the history (oldest first, as it was written), then the status, the pending revisions
 * and the revisions the problems name. The revision files are the linear chain 1a2b -> 2b3c -> 3c4d.
 */
class StatusInspectorTests {

	private static final String R1 = "1a2b3c4d5e6f";

	private static final String R2 = "2b3c4d5e6f7a";

	private static final String R3 = "3c4d5e6f7a8b";

	private static final String UNKNOWN = "9f8e7d6c5b4a";

	private static final ScriptDirectory scripts = ScriptDirectory.load(
			List.of(Location.parse("filesystem:" + Path.of("src/test/resources/revisions/linear").toAbsolutePath())),
			StatusInspectorTests.class.getClassLoader(), Dialects.names());

	static Stream<Arguments> cases() {
		return Stream.of(
				arguments("empty database", rows(), history(), DatabaseStatus.PENDING, List.of(R1, R2, R3), List.of()),
				arguments("at the head", rows(R3), history(up(R1), up(R2), up(R3)), DatabaseStatus.UP_TO_DATE,
						List.of(), List.of()),
				arguments("one behind", rows(R2), history(up(R1), up(R2)), DatabaseStatus.PENDING, List.of(R3),
						List.of()),
				arguments("stamped, no history", rows(R3), history(), DatabaseStatus.UP_TO_DATE, List.of(), List.of()),
				arguments("edited after it ran", rows(R3), history(up(R1), up(R2, "0badc0de"), up(R3)),
						DatabaseStatus.CHECKSUM_MISMATCH, List.of(), List.of(R2)),
				arguments("edited, then re-applied", rows(R3),
						history(up(R1), up(R2, "0badc0de"), up(R3), down(R3), down(R2), up(R2), up(R3)),
						DatabaseStatus.UP_TO_DATE, List.of(), List.of()),
				arguments("edited but reverted", rows(R1), history(up(R1), up(R2, "0badc0de"), down(R2)),
						DatabaseStatus.PENDING, List.of(R2, R3), List.of()),
				arguments("died half-way", rows(R2), history(up(R1), up(R2), record(R3, Outcome.STARTED)),
						DatabaseStatus.FAILED, List.of(R3), List.of(R3)),
				arguments("failed half-way", rows(R2), history(up(R1), up(R2), record(R3, Outcome.FAILED)),
						DatabaseStatus.FAILED, List.of(R3), List.of(R3)),
				arguments("failed, then repaired and run again", rows(R3),
						history(up(R1), up(R2), record(R3, Outcome.FAILED), up(R3)), DatabaseStatus.UP_TO_DATE,
						List.of(), List.of()),
				arguments("failed, repaired by hand and stamped", rows(R3),
						history(up(R1), up(R2), record(R3, Outcome.FAILED), stamp(R3, Direction.UPGRADE)),
						DatabaseStatus.UP_TO_DATE, List.of(), List.of()),
				arguments("stamped down", rows(R1), history(up(R1), up(R2), stamp(R2, Direction.DOWNGRADE)),
						DatabaseStatus.PENDING, List.of(R2, R3), List.of()),
				arguments("stamped, never run", rows(R2), history(up(R1), stamp(R2, Direction.UPGRADE)),
						DatabaseStatus.PENDING, List.of(R3), List.of()),
				arguments("failed, resolved as applied", rows(R3),
						history(up(R1), up(R2), record(R3, Outcome.FAILED), repair(R3, Outcome.RESOLVED)),
						DatabaseStatus.UP_TO_DATE, List.of(), List.of()),
				arguments("failed, resolved as not applied", rows(R2),
						history(up(R1), up(R2), record(R3, Outcome.FAILED), repair(R3, Outcome.DISCARDED)),
						DatabaseStatus.PENDING, List.of(R3), List.of()),
				arguments("edited and accepted", rows(R3),
						history(up(R1), up(R2, "0badc0de"), up(R3), repair(R2, Outcome.ACCEPTED)),
						DatabaseStatus.UP_TO_DATE, List.of(), List.of()),
				arguments("failure outranks a checksum", rows(R2),
						history(up(R1, "0badc0de"), up(R2), record(R3, Outcome.FAILED)), DatabaseStatus.FAILED,
						List.of(R3), List.of(R3, R1)),
				arguments("newer code migrated it", rows(UNKNOWN), history(up(R1), up(R2), up(R3), up(UNKNOWN)),
						DatabaseStatus.AHEAD, List.of(), List.of(UNKNOWN)),
				arguments("another branch migrated it", rows(UNKNOWN), history(up(R1), up(R2), up(UNKNOWN)),
						DatabaseStatus.DIVERGED, List.of(R3), List.of(UNKNOWN)),
				arguments("unknown row beside a known one", rows(R2, UNKNOWN), history(up(R1), up(R2), up(UNKNOWN)),
						DatabaseStatus.DIVERGED, List.of(R3), List.of(UNKNOWN)),
				arguments("checksum outranks ahead", rows(UNKNOWN), history(up(R1, "0badc0de"), up(R2), up(R3)),
						DatabaseStatus.CHECKSUM_MISMATCH, List.of(), List.of(R1, UNKNOWN)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void inspects(String name, List<String> rows, List<HistoryRecord> history, DatabaseStatus status,
			List<String> pending, List<String> problems) {
		StatusInspector.Inspection inspection = new StatusInspector(scripts).inspect(rows, history);
		assertThat(inspection.status()).isEqualTo(status);
		assertThat(inspection.pending()).extracting(Revision::id).containsExactlyElementsOf(pending);
		assertThat(inspection.problems()).extracting(Problem::revision)
			.containsExactlyInAnyOrderElementsOf(problems);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theMostSevereProblemGivesTheStatus(String name, List<String> rows, List<HistoryRecord> history,
			DatabaseStatus status) {
		StatusInspector.Inspection inspection = new StatusInspector(scripts).inspect(rows, history);
		assertThat(inspection.problems().isEmpty())
			.isEqualTo(status == DatabaseStatus.UP_TO_DATE || status == DatabaseStatus.PENDING);
		if (!inspection.problems().isEmpty()) {
			// A diverged database's problems are its unknown rows; the pending revisions make it diverged.
			assertThat(inspection.problems().get(0).status())
				.isEqualTo((status == DatabaseStatus.DIVERGED) ? DatabaseStatus.AHEAD : status);
		}
	}

	@Test
	void messagesNameTheRevisionTheFileAndTheCommandThatResolvesIt() {
		String file = scripts.script(R2).resource().description();
		StatusInspector.Inspection edited = new StatusInspector(scripts).inspect(rows(R3),
				history(up(R1), up(R2, "0badc0de"), up(R3)));
		assertThat(edited.problems()).singleElement().extracting(Problem::message)
			.isEqualTo("Revision '" + R2 + "' was applied from a file with checksum 0badc0de, but " + file
					+ " now has checksum " + scripts.script(R2).checksum() + ": undo the edit and put new changes in a"
					+ " new revision, or accept an edit that changes nothing the database needs with"
					+ " 'migrations accept-checksum " + R2 + "'");
		StatusInspector.Inspection failed = new StatusInspector(scripts).inspect(rows(R1),
				history(up(R1), record(R2, Outcome.STARTED)));
		assertThat(failed.problems()).singleElement().extracting(Problem::message)
			.isEqualTo("The upgrade of revision '" + R2 + "' (" + file + ") started at 2026-01-01T00:00:01Z and has"
					+ " not finished (its process stopped, or is still running it); it is not transactional, so the"
					+ " database may hold part of its changes, and no migration runs until it is resolved: repair the"
					+ " database by hand, then run 'migrations resolve " + R2 + " --applied' or 'migrations resolve "
					+ R2 + " --not-applied'");
	}

	private static List<String> rows(String... rows) {
		return List.of(rows);
	}

	// Written oldest first like a table is filled; the inspector reads newest first.
	private static List<HistoryRecord> history(HistoryRecord... records) {
		List<HistoryRecord> history = new ArrayList<>();
		for (int i = 0; i < records.length; i++) {
			HistoryRecord record = records[i];
			Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
			history.add(0, new HistoryRecord(record.revision(), record.direction(), record.message(), record.script(),
					record.checksum(), at, (record.finishedAt() != null) ? at : null, record.durationMillis(),
					record.installedBy(), record.outcome()));
		}
		return history;
	}

	private static HistoryRecord up(String revision) {
		return up(revision, checksum(revision));
	}

	private static HistoryRecord up(String revision, String checksum) {
		return new HistoryRecord(revision, Direction.UPGRADE, "", file(revision), checksum, Instant.EPOCH,
				Instant.EPOCH, 1L, "test", Outcome.SUCCESS);
	}

	private static HistoryRecord down(String revision) {
		return new HistoryRecord(revision, Direction.DOWNGRADE, "", file(revision), checksum(revision), Instant.EPOCH,
				Instant.EPOCH, 1L, "test", Outcome.SUCCESS);
	}

	private static HistoryRecord stamp(String revision, Direction direction) {
		return new HistoryRecord(revision, direction, "", file(revision), checksum(revision), Instant.EPOCH,
				Instant.EPOCH, 0L, "test", Outcome.STAMPED);
	}

	private static HistoryRecord repair(String revision, Outcome outcome) {
		return new HistoryRecord(revision, Direction.UPGRADE, "", file(revision), checksum(revision), Instant.EPOCH,
				Instant.EPOCH, 0L, "test", outcome);
	}

	private static HistoryRecord record(String revision, Outcome outcome) {
		return new HistoryRecord(revision, Direction.UPGRADE, "", file(revision), checksum(revision), Instant.EPOCH,
				(outcome == Outcome.STARTED) ? null : Instant.EPOCH, (outcome == Outcome.STARTED) ? null : 1L, "test",
				outcome);
	}

	private static String checksum(String revision) {
		return revision.equals(UNKNOWN) ? "12345678" : scripts.script(revision).checksum();
	}

	private static String file(String revision) {
		return revision.equals(UNKNOWN) ? "gone.sql" : scripts.script(revision).resource().description();
	}

}
