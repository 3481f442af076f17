package dev.migrations.core.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationsReport;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.RevisionDetail;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * What operators read: where the database stands (the actuator's report, {@code current}, pending revisions, the
 * history rows) and one revision in full. Reads without the lock and without creating the version tables.
 */
public final class ReportCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public ReportCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Reports the database, its status and problems, current revisions, heads, pending revisions and newest history.
	 * @param historyLimit the most history rows to return
	 * @return the report
	 */
	public MigrationsReport report(int historyLimit) {
		ScriptDirectory directory = this.engine.scripts();
		RevisionGraph graph = directory.graph();
		return this.engine.withSession((session) -> {
			List<String> rows = session.rows();
			List<HistoryRecord> history = session.history(Integer.MAX_VALUE);
			StatusInspector.Inspection inspection = new StatusInspector(directory).inspect(rows, history);
			Set<String> heads = new HashSet<>(graph.heads());
			List<RevisionInfo> pending = inspection.pending().stream()
				.map((revision) -> new RevisionInfo(revision, directory.script(revision.id()).resource().description(),
						heads.contains(revision.id()), false, graph.isBranchPoint(revision.id())))
				.toList();
			return new MigrationsReport(this.engine.name(), session.dialect().describe(session.connection()),
					inspection.status(), inspection.problems(), rows, graph.resolvedHeads(), pending,
					history.subList(0, Math.min(Math.max(historyLimit, 0), history.size())));
		});
	}

	/**
	 * Returns the revisions in the version table.
	 * @return the current revisions, empty for an empty database
	 */
	public List<String> current() {
		return this.engine.withSession(Session::rows);
	}

	/**
	 * Returns the revisions an upgrade to {@code heads} would apply, in order.
	 * @return the pending revisions
	 */
	public List<Revision> pending() {
		return this.engine.withSession((session) -> {
			List<String> rows = session.rows();
			return session.aheadOfTheCode(rows) ? List.of() : session.planner().pending(rows);
		});
	}

	/**
	 * Returns the rows of the history table, newest first.
	 * @param limit the most rows to return
	 * @return the history rows
	 */
	public List<HistoryRecord> historyRecords(int limit) {
		return this.engine.withSession((session) -> session.history(limit));
	}

	/**
	 * Returns one revision in full: header, file, checksum, SQL sections, and whether the database has it.
	 * @param revision a revision id or unambiguous prefix
	 * @return the revision
	 */
	public RevisionDetail revisionDetail(String revision) {
		ScriptDirectory directory = this.engine.scripts();
		RevisionGraph graph = directory.graph();
		Revision found = graph.resolve(revision);
		RevisionScript script = directory.script(found.id());
		List<String> rows = current();
		List<String> known = rows.stream().filter((row) -> graph.find(row).isPresent()).toList();
		boolean applied = graph.ancestorsOrSelf(known).contains(found.id());
		return new RevisionDetail(found, script.resource().description(), script.checksum(), script.transactional(),
				graph.heads().contains(found.id()), rows.contains(found.id()), applied,
				directory.parser().parse(script.resource(), script.resource().read()).sections());
	}

}
