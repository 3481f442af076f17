package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * Records what an operator decided by hand, without running any revision: a failed step resolved as applied or not
 * applied, or the edited file of an applied revision accepted. Each decision is a history row of its own, with who
 * made it and when, written in one transaction with the version rows it moves.
 */
final class Repairs {

	private static final Logger logger = LoggerFactory.getLogger(Repairs.class);

	private final VersionStore store;

	private final ScriptDirectory scripts;

	private final Clock clock;

	public Repairs(VersionStore store, ScriptDirectory scripts, Clock clock) {
		this.store = store;
		this.scripts = scripts;
		this.clock = clock;
	}

	/**
	 * Resolves a failed step. {@link Resolution#APPLIED} moves the version rows as the step would have;
	 * {@link Resolution#NOT_APPLIED} leaves them, so the next run tries the step again.
	 * @param connection a connection in auto-commit mode, holding the migration lock
	 * @param rows the current version rows
	 * @param failure the last history row of the failed step
	 * @param resolution what the operator found
	 * @throws SQLException on a database error
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION} when the revision is marked applied but
	 * none of the revision files declares it
	 */
	public void resolve(Connection connection, List<String> rows, HistoryRecord failure, Resolution resolution)
			throws SQLException {
		RevisionGraph graph = this.scripts.graph();
		Revision revision = graph.find(failure.revision()).orElse(null);
		if (revision == null && resolution == Resolution.APPLIED) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION, "Revision '" + failure.revision()
					+ "' is in none of the revision files, so it cannot be marked applied; deploy the code that has"
					+ " it, or mark it " + Resolution.NOT_APPLIED.flag());
		}
		RevisionScript script = (revision != null) ? this.scripts.script(revision.id()) : null;
		Instant now = this.clock.instant();
		HistoryRecord record = new HistoryRecord(failure.revision(), failure.direction(), failure.message(),
				(script != null) ? script.resource().description() : failure.script(),
				(script != null) ? script.checksum() : failure.checksum(), now, now, 0L,
				StepExecutor.user(connection), resolution.outcome());
		Transactions.inTransaction(connection, () -> {
			if (resolution == Resolution.APPLIED) {
				this.store.move(connection, step(graph, rows, revision, failure.direction()));
			}
			this.store.historyTable().appendEnded(connection, record);
		});
		logger.info("Resolved the failed {} of revision {} as {} ({})", failure.direction().label(),
				failure.revision(), resolution.flag().substring(2), resolution.outcome());
	}

	/**
	 * Records the current checksum of an applied revision's edited file as the one to check against from now on.
	 * @param connection a connection in auto-commit mode, holding the migration lock
	 * @param mismatch the revision and its new checksum
	 * @throws SQLException on a database error
	 */
	public void acceptChecksum(Connection connection, ChecksumMismatch mismatch) throws SQLException {
		Revision revision = this.scripts.graph().get(mismatch.revision());
		Instant now = this.clock.instant();
		HistoryRecord record = new HistoryRecord(revision.id(), Direction.UPGRADE, revision.message(),
				mismatch.script(), mismatch.actual(), now, now, 0L, StepExecutor.user(connection), Outcome.ACCEPTED);
		Transactions.inTransaction(connection, () -> this.store.historyTable().appendEnded(connection, record));
		logger.info("Accepted the edited file {} of revision {}: checksum {} replaces {}", mismatch.script(),
				revision.id(), mismatch.actual(), mismatch.recorded());
	}

	// The version rows are the applied revisions that no other applied revision needs (see Planner), so the step's
	// row changes follow from adding the revision to, or removing it from, the applied set.
	private static Step step(RevisionGraph graph, List<String> rows, Revision revision, Direction direction) {
		Set<String> applied = new HashSet<>(graph.ancestorsOrSelf(rows));
		if (direction == Direction.UPGRADE) {
			applied.addAll(graph.ancestorsOrSelf(List.of(revision.id())));
		}
		else {
			applied.removeAll(graph.descendantsOrSelf(List.of(revision.id())));
		}
		List<String> after = rows(graph, applied);
		List<String> removed = new ArrayList<>(rows);
		removed.removeAll(after);
		List<String> added = new ArrayList<>(after);
		added.removeAll(rows);
		return new Step(revision, direction, removed, added);
	}

	private static List<String> rows(RevisionGraph graph, Collection<String> applied) {
		List<String> rows = new ArrayList<>();
		for (String id : graph.inOrder(applied)) {
			if (graph.dependents(id).stream().noneMatch(applied::contains)) {
				rows.add(id);
			}
		}
		return rows;
	}

}
