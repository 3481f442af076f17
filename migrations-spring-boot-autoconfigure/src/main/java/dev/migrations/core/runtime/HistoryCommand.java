package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.core.api.Range;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.core.revision.TargetResolver;
import dev.migrations.core.script.ScriptDirectory;

/**
 * {@code history} and {@code show}: the revisions of a range, newest first, each marked as head, current and branch
 * point where it is.
 */
public final class HistoryCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public HistoryCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Returns the revisions of a range, newest first.
	 * @param range the range; {@link Range#ALL} for every revision
	 * @return the revisions
	 */
	public List<RevisionInfo> history(Range range) {
		ScriptDirectory directory = this.engine.scripts();
		RevisionGraph graph = directory.graph();
		List<String> currentRows = this.engine.withSession(Session::rows);
		Set<String> current = new HashSet<>(currentRows);
		Set<String> heads = new HashSet<>(graph.heads());
		Set<String> inRange = select(graph, range, currentRows);
		List<RevisionInfo> revisions = new ArrayList<>(graph.size());
		for (Revision revision : graph.revisions()) {
			if (!inRange.contains(revision.id())) {
				continue;
			}
			long children = graph.dependents(revision.id()).stream()
				.filter((child) -> graph.get(child).parents().contains(revision.id()))
				.count();
			revisions.add(new RevisionInfo(revision, directory.script(revision.id()).resource().description(),
					heads.contains(revision.id()), current.contains(revision.id()), children > 1));
		}
		Collections.reverse(revisions);
		return revisions;
	}

	/**
	 * Returns the heads of the revision files, as {@link RevisionGraph#heads()}: the revisions nothing revises.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return this.engine.scripts().graph().heads();
	}

	/**
	 * Returns the heads with dependencies resolved, as {@link RevisionGraph#resolvedHeads()}.
	 * @return the head revision ids
	 */
	public List<String> resolvedHeads() {
		return this.engine.scripts().graph().resolvedHeads();
	}

	/**
	 * Returns one revision, as {@link #history(Range)} shows it.
	 * @param revision a revision id or unambiguous prefix
	 * @return the revision
	 */
	public RevisionInfo show(String revision) {
		String id = this.engine.scripts().graph().resolve(revision).id();
		return history(new Range(id, id)).get(0);
	}

	private static Set<String> select(RevisionGraph graph, Range range, List<String> current) {
		Set<String> selected = new HashSet<>(graph.revisions().stream().map(Revision::id).toList());
		if (!range.fromBase()) {
			List<String> start = side(graph, range.start(), current);
			if (!start.isEmpty()) {
				selected.retainAll(graph.descendantsOrSelf(start));
			}
		}
		if (!range.toHeads()) {
			List<String> end = side(graph, range.end(), current);
			selected.retainAll(end.isEmpty() ? Set.of() : graph.ancestorsOrSelf(end));
		}
		return selected;
	}

	// A side of a range: current, a revision, or a target relative to the current revisions or to another target
	// (-2, +1, a1b2+2), as upgrade and downgrade read them; base is an empty list.
	private static List<String> side(RevisionGraph graph, String text, List<String> current) {
		if (text.equalsIgnoreCase("current")) {
			return current;
		}
		Target target = Target.parse(text);
		if (target instanceof Target.Exact) {
			return List.of(graph.resolve(text).id());
		}
		return new TargetResolver(graph).resolve(target, current, graph.ancestorsOrSelf(current), null).revisions();
	}

}
