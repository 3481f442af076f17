package dev.migrations.core.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.core.error.AmbiguousRevisionException;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.error.MultipleHeadsException;

/**
 * Finds where a {@link Target} points, given the database's current revisions, as Alembic's {@code RevisionMap} does.
 * Pure: it reads the graph and the rows it is given. Relative steps walk along parents (down) or children (up), and
 * stop with an error at a branch or merge point unless a branch is named; a branch limits every step to its lineage.
 */
public final class TargetResolver {

	private final RevisionGraph graph;

	public TargetResolver(RevisionGraph graph) {
		this.graph = graph;
	}

	/**
	 * Resolves a target.
	 * @param target the target
	 * @param rows the current version rows
	 * @param applied the revisions the rows imply
	 * @param direction which way the command goes, or {@code null} when it may go either way ({@code stamp})
	 * @return where the target points
	 * @throws MigrationsException when the target names nothing, or several revisions where it needs one
	 */
	public Destination resolve(Target target, Collection<String> rows, Set<String> applied,
			@Nullable Direction direction) {
		if (target instanceof Target.Heads heads) {
			Branch branch = branch(heads.branch());
			return new Destination(heads(branch), Set.of(), branch);
		}
		if (target instanceof Target.Head head) {
			Branch branch = branch(head.branch());
			List<String> ids = heads(branch);
			if (ids.size() > 1) {
				throw multipleHeads(ids, target);
			}
			return new Destination(ids, Set.of(), branch);
		}
		if (target instanceof Target.Base base) {
			Branch branch = branch(base.branch());
			return new Destination(List.of(), (branch != null) ? branch.members() : Set.copyOf(this.graph.bases()),
					branch);
		}
		if (target instanceof Target.Exact exact) {
			Branch branch = branch(exact.branch());
			return at(revision(exact.reference(), branch), branch);
		}
		return relative((Target.Relative) target, rows, applied, direction);
	}

	/**
	 * Resolves targets that name revisions without reference to a database, such as those a merge takes.
	 * @param targets the targets: revisions, labels, {@code heads}, {@code LABEL@head}...
	 * @return the revision ids they name, in order
	 */
	public List<String> revisions(List<Target> targets) {
		List<String> ids = new ArrayList<>();
		for (Target target : targets) {
			if (target instanceof Target.Relative relative && relative.anchor() == null) {
				throw new MigrationsException(ErrorCode.INVALID_TARGET, "Target '" + target.expression()
						+ "' counts from the database's current revision; name revisions instead");
			}
			ids.addAll(resolve(target, List.of(), Set.of(), null).revisions());
		}
		return ids;
	}

	private @Nullable Branch branch(@Nullable String name) {
		return (name != null) ? this.graph.branch(name) : null;
	}

	// The heads of the graph with dependencies resolved (what an upgrade reaches), or the tips of a branch: its members
	// that nothing revises.
	private List<String> heads(@Nullable Branch branch) {
		if (branch == null) {
			return this.graph.resolvedHeads();
		}
		return branch.members().stream().filter((id) -> this.graph.children(id).isEmpty()).sorted().toList();
	}

	private String revision(String reference, @Nullable Branch branch) {
		Revision revision = this.graph.resolve(reference, (branch != null) ? branch.lineage() : null);
		if (branch != null && !branch.lineage().contains(revision.id())) {
			throw new MigrationsException(ErrorCode.NOT_AN_ANCESTOR, "Revision '" + revision.id()
					+ "' is not on branch '" + branch.name() + "': it is neither an ancestor nor a descendant of '"
					+ branch.revision() + "'; name a revision of that branch");
		}
		return revision.id();
	}

	private Destination at(String id, @Nullable Branch branch) {
		Set<String> above = new HashSet<>(this.graph.children(id));
		if (branch != null) {
			above.retainAll(branch.lineage());
		}
		return new Destination(List.of(id), above, branch);
	}

	private Destination relative(Target.Relative target, Collection<String> rows, Set<String> applied,
			@Nullable Direction direction) {
		Branch branch = branch(target.branch());
		Target anchor = target.anchor();
		if (anchor != null) {
			Destination from = resolve(anchor, rows, applied, direction);
			if (from.revisions().size() > 1) {
				throw multipleHeads(from.revisions(), anchor);
			}
			return walk(target, from.revisions().isEmpty() ? null : from.revisions().get(0), branch, branch);
		}
		checkDirection(target, direction);
		List<String> current = (branch != null) ? tips(branch, applied) : new ArrayList<>(new LinkedHashSet<>(rows));
		if (current.size() > 1) {
			String where = (branch != null) ? "Branch '" + branch.name() + "' is" : "The database is";
			throw new MultipleHeadsException(current, target.expression(), where + " at several revisions ("
					+ String.join(", ", current) + "), so '" + target.expression() + "' is ambiguous; count from one"
					+ " of them with 'REV" + step(target) + "' or 'LABEL@" + step(target) + "', for example '"
					+ current.get(0) + step(target) + "'");
		}
		if (current.isEmpty()) {
			if (target.steps() < 0) {
				throw new MigrationsException(ErrorCode.INVALID_TARGET, "Target '" + target.expression()
						+ "' counts down from the current revision, but "
						+ ((branch != null) ? "nothing of branch '" + branch.name() + "'" : "nothing") + " is applied");
			}
			return walk(target, null, branch, branch);
		}
		// Counting down from the current revision stays on its branch, so '-1' never reverts another branch.
		return walk(target, current.get(0), branch, (branch != null) ? branch : this.graph.branch(current.get(0)));
	}

	private static void checkDirection(Target.Relative target, @Nullable Direction direction) {
		if (direction == Direction.UPGRADE && target.steps() < 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "Target '" + target.expression()
					+ "' goes down from the current revision; use 'downgrade " + target.expression() + "'");
		}
		if (direction == Direction.DOWNGRADE && target.steps() > 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "Target '" + target.expression()
					+ "' goes up from the current revision; use 'upgrade " + target.expression() + "'");
		}
	}

	// The applied revisions of a branch's lineage that no applied revision of it revises: where the branch is now.
	private List<String> tips(Branch branch, Set<String> applied) {
		Set<String> mine = new HashSet<>(applied);
		mine.retainAll(branch.lineage());
		return mine.stream().filter((id) -> this.graph.children(id).stream().noneMatch(mine::contains)).sorted()
			.toList();
	}

	// Walks from a revision (null for base) along children or parents, within the branch's lineage when one is named.
	// Walking up ends at a revision, like naming it. Walking down ends below the last revision walked over, which is
	// what a downgrade reverts: at its parent, at each of its parents when it is a merge point, or at base.
	private Destination walk(Target.Relative target, @Nullable String start, @Nullable Branch branch,
			@Nullable Branch stayOn) {
		String current = start;
		int count = Math.abs(target.steps());
		for (int step = 0; step < count; step++) {
			if (target.steps() < 0 && current == null) {
				throw overwalk(target, start, step);
			}
			List<String> next = new ArrayList<>((target.steps() > 0)
					? ((current != null) ? this.graph.children(current) : this.graph.bases())
					: this.graph.get(current).parents());
			if (branch != null) {
				next.retainAll(branch.lineage());
			}
			boolean last = step == count - 1;
			if (target.steps() < 0 && last) {
				return new Destination(next, Set.of(current), stayOn);
			}
			if (next.size() > 1) {
				throw ambiguousWalk(target, current, next);
			}
			if (next.isEmpty() && target.steps() > 0) {
				throw overwalk(target, start, step);
			}
			current = next.isEmpty() ? null : next.get(0);
		}
		return at(current, stayOn);
	}

	private MultipleHeadsException multipleHeads(List<String> heads, Target target) {
		String all = (target instanceof Target.Head head && head.branch() != null) ? head.branch() + "@heads" : "heads";
		List<String> suggestions = new ArrayList<>();
		List<Set<String>> labels = heads.stream().map(this.graph::branchLabels).toList();
		for (int i = 0; i < heads.size(); i++) {
			String own = heads.get(i);
			for (String label : labels.get(i)) {
				int index = i;
				boolean unique = labels.stream().filter((other) -> other != labels.get(index))
					.noneMatch((other) -> other.contains(label));
				if (unique) {
					own = label;
					break;
				}
			}
			suggestions.add("'" + own + "@head'");
		}
		return new MultipleHeadsException(heads, target.expression(), "Multiple heads for '" + target.expression()
				+ "': " + RevisionGraph.describe(heads) + "; use '" + all + "' for all of them, or 'LABEL@head' for one"
				+ " branch: " + RevisionGraph.describe(suggestions));
	}

	private AmbiguousRevisionException ambiguousWalk(Target.Relative target, @Nullable String from,
			List<String> candidates) {
		List<String> sorted = candidates.stream().sorted().toList();
		String place = (from == null) ? "there are several bases"
				: (target.steps() > 0) ? "'" + from + "' is a branch point" : "'" + from + "' is a merge point";
		return new AmbiguousRevisionException(target.expression(), sorted, "Target '" + target.expression()
				+ "' is ambiguous: " + place + " (" + RevisionGraph.describe(sorted) + "); name one of these"
				+ " revisions, or limit the target to a branch with 'LABEL@'");
	}

	private static MigrationsException overwalk(Target.Relative target, @Nullable String start, int found) {
		String direction = (target.steps() > 0) ? "above " : "below ";
		return new MigrationsException(ErrorCode.INVALID_TARGET, "Target '" + target.expression() + "' needs "
				+ Math.abs(target.steps()) + " revision(s) " + direction + ((start != null) ? start : "base")
				+ " but there " + ((found == 1) ? "is" : "are") + " only " + found);
	}

	private static String step(Target.Relative target) {
		return ((target.steps() > 0) ? "+" : "") + target.steps();
	}

}
