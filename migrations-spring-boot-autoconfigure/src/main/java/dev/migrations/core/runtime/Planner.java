package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Branch;
import dev.migrations.core.revision.Destination;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.core.revision.TargetResolver;

/**
 * Turns the current version rows and a target into a {@link Plan}. Pure: it reads the graph and nothing else.
 * <p>
 * The version rows are always the applied revisions that no other applied revision needs, so a step's row changes
 * follow from the set of applied revisions: an upgrade replaces the rows it needs (collapsing them at a merge point),
 * a downgrade puts back the requirements nothing else applied still needs (splitting them at a merge point), and a
 * revision implied by another one's dependency is never stored.
 */
final class Planner {

	private final RevisionGraph graph;

	private final TargetResolver targets;

	public Planner(RevisionGraph graph) {
		this.graph = graph;
		this.targets = new TargetResolver(graph);
	}

	/**
	 * Plans the revisions an upgrade to {@code target} applies: exactly those the target needs that are not applied,
	 * parents and dependencies first, in the graph's order. Targets already applied plan nothing.
	 * @param rows the current version rows
	 * @param target the target
	 * @return the plan
	 */
	public Plan upgrade(Collection<String> rows, Target target) {
		Set<String> applied = applied(rows);
		Destination destination = this.targets.resolve(target, rows, applied, Direction.UPGRADE);
		Set<String> pending = this.graph.ancestorsOrSelf(destination.revisions());
		pending.removeAll(applied);
		return simulateUpgrade(rows, this.graph.inOrder(pending));
	}

	/**
	 * Returns whether an upgrade to {@code target} would apply nothing, as {@link #upgrade} would find, without
	 * ordering the revisions: every revision the target names is applied, so all that they need is too.
	 * @param rows the current version rows
	 * @param applied the applied revisions, as {@link #applied} returns them for the rows
	 * @param target the target
	 * @return whether the target is reached
	 */
	public boolean reached(Collection<String> rows, Set<String> applied, Target target) {
		return applied.containsAll(this.targets.resolve(target, rows, applied, Direction.UPGRADE).revisions());
	}

	/**
	 * Plans the revisions a downgrade to {@code target} reverts, dependents first: the applied revisions above the
	 * target and everything that needs them. A target limited to a branch ({@code LABEL@REV}, {@code LABEL@base},
	 * {@code LABEL@-N}, or {@code -N}, which stays on the current revision's branch) never reverts a revision outside
	 * that branch's lineage: it fails instead.
	 * @param rows the current version rows
	 * @param target the target
	 * @return the plan
	 * @throws MigrationsException with {@link ErrorCode#NOT_AN_ANCESTOR} when the target is not applied, or
	 * {@link ErrorCode#CROSS_BRANCH_DOWNGRADE} when a branch downgrade would revert other branches
	 */
	public Plan downgrade(Collection<String> rows, Target target) {
		Set<String> applied = applied(rows);
		Destination destination = this.targets.resolve(target, rows, applied, Direction.DOWNGRADE);
		List<String> order = this.graph.inOrder(reverted(rows, applied, target, destination));
		Collections.reverse(order);
		return simulateDowngrade(rows, applied, order);
	}

	/**
	 * Plans the version rows a stamp leaves, without steps: nothing runs. Each target in turn replaces the rows
	 * related to it (its ancestors and descendants, within its branch when it names one) by itself; {@code base}
	 * removes every row, {@code LABEL@base} the revisions of that branch and what needs them.
	 * @param rows the current version rows
	 * @param targets the targets, none an ancestor of another
	 * @param purge whether to ignore the current rows, even revisions the graph does not know
	 * @return the plan, whose {@link Plan#after()} is the new version rows
	 */
	public Plan stamp(Collection<String> rows, List<Target> targets, boolean purge) {
		if (targets.isEmpty()) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET,
					"A stamp needs at least one target, such as 'heads', a revision or 'base'");
		}
		Collection<String> start = purge ? List.of() : rows;
		Set<String> applied = applied(start);
		List<Destination> destinations = new ArrayList<>();
		for (Target target : targets) {
			destinations.add(this.targets.resolve(target, start, applied, null));
		}
		checkNoOverlap(destinations);
		Set<String> current = new LinkedHashSet<>(start);
		for (Destination destination : destinations) {
			current = destination.revisions().isEmpty() ? stampBase(current, destination)
					: stampRevisions(current, destination);
		}
		return new Plan(List.copyOf(rows), List.of(), this.graph.inOrder(rowsOf(this.graph.ancestorsOrSelf(current))));
	}

	// Marks the revisions above a base (every one, or a branch's members) and what needs them as not applied.
	private Set<String> stampBase(Set<String> rows, Destination base) {
		Set<String> remaining = this.graph.ancestorsOrSelf(rows);
		Set<String> seeds = new HashSet<>(base.above());
		seeds.retainAll(remaining);
		remaining.removeAll(this.graph.descendantsOrSelf(seeds));
		return rowsOf(remaining);
	}

	// Replaces the rows on each named revision's line of history, within its branch if any, by the revision.
	private Set<String> stampRevisions(Set<String> rows, Destination destination) {
		Set<String> stamped = new LinkedHashSet<>(rows);
		Branch branch = destination.branch();
		for (String id : destination.revisions()) {
			Set<String> related = this.graph.ancestorsOrSelf(List.of(id));
			related.addAll(this.graph.descendantsOrSelf(List.of(id)));
			stamped.removeIf((row) -> related.contains(row) && (branch == null || branch.lineage().contains(row)));
			stamped.add(id);
		}
		return stamped;
	}

	/**
	 * Returns the revisions an upgrade to every head would apply, in order.
	 * @param rows the current version rows
	 * @return the pending revisions
	 */
	public List<Revision> pending(Collection<String> rows) {
		return upgrade(rows, new Target.Heads(null)).steps().stream().map(Step::revision).toList();
	}

	/**
	 * Returns the applied revisions implied by the version rows.
	 * @param rows the current version rows
	 * @return every applied revision id
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_DATABASE_REVISION} when a row names a revision
	 * the graph does not have
	 */
	public Set<String> applied(Collection<String> rows) {
		for (String row : rows) {
			if (this.graph.find(row).isEmpty()) {
				throw new MigrationsException(ErrorCode.UNKNOWN_DATABASE_REVISION, "The database is at revision '" + row
						+ "', which none of the revision files declares: the code is older than the database."
						+ " Deploy the code that has this revision, or run 'stamp --purge' with the revision the"
						+ " database really is at if this one is gone for good");
			}
		}
		return this.graph.ancestorsOrSelf(rows);
	}

	private Set<String> reverted(Collection<String> rows, Set<String> applied, Target target,
			Destination destination) {
		for (String id : destination.revisions()) {
			if (!applied.contains(id)) {
				throw new MigrationsException(ErrorCode.NOT_AN_ANCESTOR, "Revision '" + id + "' ('"
						+ target.expression() + "') is not applied: the database is at " + Step.describe(rows)
						+ ", so a downgrade cannot reach it; use 'upgrade' to move forward");
			}
		}
		Set<String> seeds = new HashSet<>(destination.above());
		seeds.retainAll(applied);
		Set<String> reverted = this.graph.descendantsOrSelf(seeds);
		reverted.retainAll(applied);
		Branch branch = destination.branch();
		if (branch != null) {
			List<String> outside = reverted.stream().filter((id) -> !branch.lineage().contains(id)).sorted().toList();
			if (!outside.isEmpty()) {
				throw new MigrationsException(ErrorCode.CROSS_BRANCH_DOWNGRADE, "Target '" + target.expression()
						+ "' stays on the branch of '" + branch.name() + "', but reaching it would also revert "
						+ String.join(", ", outside) + ", which revise or depend on its revisions from another"
						+ " branch. Downgrade that branch first, or name a target without a branch to revert both");
			}
		}
		return reverted;
	}

	private void checkNoOverlap(List<Destination> destinations) {
		List<String> named = destinations.stream().flatMap((destination) -> destination.revisions().stream()).toList();
		for (int i = 0; i < named.size(); i++) {
			Set<String> ancestors = this.graph.ancestorsOrSelf(List.of(named.get(i)));
			for (int j = 0; j < named.size(); j++) {
				if (i != j && ancestors.contains(named.get(j))) {
					throw new MigrationsException(ErrorCode.INVALID_TARGET, "Stamp targets overlap: '" + named.get(i)
							+ "' already implies '" + named.get(j) + "'; name each branch once");
				}
			}
		}
	}

	// The applied revisions that no other applied revision needs: what the version table holds.
	private Set<String> rowsOf(Set<String> applied) {
		Set<String> rows = new LinkedHashSet<>();
		for (String id : applied) {
			if (this.graph.dependents(id).stream().noneMatch(applied::contains)) {
				rows.add(id);
			}
		}
		return rows;
	}

	private Plan simulateUpgrade(Collection<String> rows, List<String> order) {
		Set<String> current = new LinkedHashSet<>(rows);
		List<Step> steps = new ArrayList<>(order.size());
		for (String id : order) {
			List<String> removed = new ArrayList<>();
			for (String requirement : this.graph.requirements(id)) {
				if (current.remove(requirement)) {
					removed.add(requirement);
				}
			}
			current.add(id);
			steps.add(new Step(this.graph.get(id), Direction.UPGRADE, removed, List.of(id)));
		}
		return new Plan(List.copyOf(rows), steps, this.graph.inOrder(current));
	}

	// Counts, for each applied revision, the applied revisions that need it: a requirement becomes a row again when
	// its count drops to zero. Linear in the number of edges, however wide the graph.
	private Plan simulateDowngrade(Collection<String> rows, Set<String> applied, List<String> order) {
		Map<String, Integer> neededBy = new HashMap<>(applied.size() * 2);
		for (String id : applied) {
			for (String requirement : this.graph.requirements(id)) {
				neededBy.merge(requirement, 1, Integer::sum);
			}
		}
		Set<String> current = new LinkedHashSet<>(rows);
		List<Step> steps = new ArrayList<>(order.size());
		for (String id : order) {
			current.remove(id);
			List<String> added = new ArrayList<>();
			for (String requirement : this.graph.requirements(id)) {
				if (neededBy.merge(requirement, -1, Integer::sum) == 0 && current.add(requirement)) {
					added.add(requirement);
				}
			}
			steps.add(new Step(this.graph.get(id), Direction.DOWNGRADE, List.of(id), added));
		}
		return new Plan(List.copyOf(rows), steps, this.graph.inOrder(current));
	}

}
