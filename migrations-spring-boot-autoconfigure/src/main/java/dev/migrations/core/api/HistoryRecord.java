package dev.migrations.core.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the append-only history table: a step that ran, when, for how long, by whom and how it ended.
 *
 * @param revision the revision id
 * @param direction upgrade or downgrade
 * @param message the revision's message
 * @param script the file the revision came from
 * @param checksum the checksum of that file when the step ran
 * @param startedAt when the step started
 * @param finishedAt when it finished, or {@code null} if it did not
 * @param durationMillis how long it took, or {@code null} if it did not finish
 * @param installedBy the database user that ran it
 * @param outcome how it ended
 */
public record HistoryRecord(String revision, Direction direction, String message, String script, String checksum,
		Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMillis, String installedBy,
		Outcome outcome) {

}
