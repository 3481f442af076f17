package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.api.DatabaseStatus;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Problem;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.api.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.ScriptDirectory;

/**
 * Compares a database's version rows and history with the revision files and tells where it stands: the
 * {@link DatabaseStatus}, the problems behind it, and the revisions still to apply. Failed steps and edited files are
 * found by {@link HistoryAudit}, exactly as the checks before each migration find them. Pure: it reads no database.
 */
final class StatusInspector {

	private static final Set<Outcome> APPLYING = EnumSet.of(Outcome.SUCCESS, Outcome.RESOLVED, Outcome.STAMPED,
			Outcome.ACCEPTED);

	private final ScriptDirectory scripts;

	private final RevisionGraph graph;

	public StatusInspector(ScriptDirectory scripts) {
		this.scripts = scripts;
		this.graph = scripts.graph();
	}

	/**
	 * Inspects a database.
	 * @param rows its version rows
	 * @param history its whole history table, newest first
	 * @return the status, its problems (most severe first) and the pending revisions
	 */
	public Inspection inspect(List<String> rows, List<HistoryRecord> history) {
		HistoryAudit audit = new HistoryAudit(history);
		List<String> unknown = rows.stream().filter((row) -> this.graph.find(row).isEmpty()).toList();
		Set<String> applied = applied(rows, unknown, history);
		List<Problem> problems = new ArrayList<>();
		audit.unresolvedFailures().stream().map(StatusInspector::failed).forEach(problems::add);
		for (ChecksumMismatch mismatch : audit.checksumMismatches(applied, this.scripts)) {
			problems.add(new Problem(DatabaseStatus.CHECKSUM_MISMATCH, mismatch.revision(), "Revision '"
					+ mismatch.revision() + "' was applied from a file with checksum " + mismatch.recorded() + ", but "
					+ mismatch.script() + " now has checksum " + mismatch.actual() + ": undo the edit and put new"
					+ " changes in a new revision, or accept an edit that changes nothing the database needs with"
					+ " 'migrations accept-checksum " + mismatch.revision() + "'"));
		}
		for (String row : unknown) {
			problems.add(new Problem(DatabaseStatus.AHEAD, row, "The database is at revision '" + row + "', which"
					+ " none of the revision files declares: the code is older than the database, or was migrated"
					+ " from another branch"));
		}
		List<Revision> pending = unknown.isEmpty() ? new Planner(this.graph).pending(rows)
				: this.graph.revisions().stream().filter((revision) -> !applied.contains(revision.id())).toList();
		return new Inspection(status(problems, unknown, pending), problems, unknown, pending);
	}

	// The version rows imply the applied revisions. With rows the code does not know, they cannot: a revision then
	// also counts as applied when its newest history row applied it (ran, resolved, stamped or accepted it).
	private Set<String> applied(List<String> rows, List<String> unknown, List<HistoryRecord> history) {
		Set<String> applied = new HashSet<>(
				this.graph.ancestorsOrSelf(rows.stream().filter((row) -> !unknown.contains(row)).toList()));
		if (!unknown.isEmpty()) {
			Map<String, HistoryRecord> latest = new LinkedHashMap<>();
			history.forEach((record) -> latest.putIfAbsent(record.revision(), record));
			latest.forEach((id, record) -> {
				if (record.direction() == Direction.UPGRADE && APPLYING.contains(record.outcome())
						&& this.graph.find(id).isPresent()) {
					applied.add(id);
				}
			});
		}
		return applied;
	}

	private static Problem failed(HistoryRecord record) {
		String what = (record.outcome() == Outcome.STARTED || record.finishedAt() == null)
				? "started at " + record.startedAt() + " and has not finished (its process stopped, or is still"
						+ " running it)"
				: "failed at " + record.finishedAt();
		String id = record.revision();
		return new Problem(DatabaseStatus.FAILED, id, "The " + record.direction().label() + " of revision '" + id
				+ "' (" + record.script() + ") " + what + "; it is not transactional, so the database may hold part"
				+ " of its changes, and no migration runs until it is resolved: repair the database by hand, then run"
				+ " 'migrations resolve " + id + " " + Resolution.APPLIED.flag() + "' or 'migrations resolve " + id
				+ " " + Resolution.NOT_APPLIED.flag() + "'");
	}

	private static DatabaseStatus status(List<Problem> problems, List<String> unknown, List<Revision> pending) {
		if (problems.stream().anyMatch((problem) -> problem.status() == DatabaseStatus.FAILED)) {
			return DatabaseStatus.FAILED;
		}
		if (problems.stream().anyMatch((problem) -> problem.status() == DatabaseStatus.CHECKSUM_MISMATCH)) {
			return DatabaseStatus.CHECKSUM_MISMATCH;
		}
		if (!unknown.isEmpty()) {
			return pending.isEmpty() ? DatabaseStatus.AHEAD : DatabaseStatus.DIVERGED;
		}
		return pending.isEmpty() ? DatabaseStatus.UP_TO_DATE : DatabaseStatus.PENDING;
	}

	/**
	 * Where a database stands.
	 *
	 * @param status the overall status: the most severe problem's, else {@code PENDING} or {@code UP_TO_DATE}
	 * @param problems what needs attention, most severe first
	 * @param unknown the version rows no revision file declares
	 * @param pending the revisions an upgrade to the heads would apply, in order; with unknown version rows, the
	 * revisions neither the version rows nor the history show as applied
	 */
	public record Inspection(DatabaseStatus status, List<Problem> problems, List<String> unknown,
			List<Revision> pending) {

		public Inspection {
			problems = List.copyOf(problems);
			unknown = List.copyOf(unknown);
			pending = List.copyOf(pending);
		}

	}

}
