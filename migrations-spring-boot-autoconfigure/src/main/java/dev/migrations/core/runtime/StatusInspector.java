package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.revision.Direction;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * Compares a database's version rows and history with the revision files and tells where it stands: the
 * {@link DatabaseStatus}, the problems behind it, and the revisions still to apply. Pure: it reads no database.
 */
public final class StatusInspector {

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
		Map<String, HistoryRecord> latest = new LinkedHashMap<>();
		Map<String, HistoryRecord> latestUpgrade = new LinkedHashMap<>();
		for (HistoryRecord record : history) {
			latest.putIfAbsent(record.revision(), record);
			if (isApplying(record)) {
				latestUpgrade.putIfAbsent(record.revision(), record);
			}
		}
		List<String> unknown = rows.stream().filter((row) -> this.graph.find(row).isEmpty()).toList();
		Set<String> applied = applied(rows, unknown, latest);
		List<Problem> problems = new ArrayList<>();
		latest.values().stream()
			.filter((record) -> record.outcome() == Outcome.STARTED || record.outcome() == Outcome.FAILED)
			.map(this::failed)
			.forEach(problems::add);
		for (String id : this.graph.inOrder(applied)) {
			HistoryRecord record = latestUpgrade.get(id);
			RevisionScript script = this.scripts.script(id);
			if (record != null && !record.checksum().isEmpty() && !record.checksum().equals(script.checksum())) {
				problems.add(new Problem(DatabaseStatus.CHECKSUM_MISMATCH, id, "Revision '" + id + "' was applied from"
						+ " a file with checksum " + record.checksum() + ", but " + script.resource().description()
						+ " now has checksum " + script.checksum() + "; restore the file as it was applied, and put"
						+ " the change in a new revision"));
			}
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
	// also counts as applied when its newest history row applied it (ran or stamped it).
	private Set<String> applied(List<String> rows, List<String> unknown, Map<String, HistoryRecord> latest) {
		Set<String> applied = new HashSet<>(
				this.graph.ancestorsOrSelf(rows.stream().filter((row) -> !unknown.contains(row)).toList()));
		if (!unknown.isEmpty()) {
			latest.forEach((id, record) -> {
				if (isApplying(record) && this.graph.find(id).isPresent()) {
					applied.add(id);
				}
			});
		}
		return applied;
	}

	// An upgrade that ran to the end, or a stamp that recorded the revision as applied (with the file's checksum).
	private static boolean isApplying(HistoryRecord record) {
		return record.direction() == Direction.UPGRADE
				&& (record.outcome() == Outcome.SUCCESS || record.outcome() == Outcome.STAMPED);
	}

	private Problem failed(HistoryRecord record) {
		String what = (record.outcome() == Outcome.STARTED)
				? "started at " + record.startedAt() + " and has not finished (or its process died)"
				: "failed at " + record.finishedAt();
		return new Problem(DatabaseStatus.FAILED, record.revision(), "The " + record.direction().label()
				+ " of revision '" + record.revision() + "' (" + record.script() + ") " + what
				+ "; it is not transactional, so the database may be half-changed: repair it by hand, then record"
				+ " the result with 'stamp'");
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

	/**
	 * One thing about a database that needs attention.
	 *
	 * @param status the status it causes: {@code FAILED}, {@code CHECKSUM_MISMATCH} or {@code AHEAD}
	 * @param revision the revision it concerns
	 * @param message what is wrong and what to do
	 */
	public record Problem(DatabaseStatus status, String revision, String message) {

	}

}
