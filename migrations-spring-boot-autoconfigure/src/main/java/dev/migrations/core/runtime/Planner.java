package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Direction;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;

/**
 * Turns the current version rows and a target into a {@link Plan}. Pure: it reads the graph and nothing else.
 * <p>
 * The version rows are always the applied revisions that no other applied revision needs, so a step's row changes
 * follow from the set of applied revisions: an upgrade replaces the rows it needs, a downgrade puts back the
 * requirements nothing else applied still needs.
 */
public final class Planner {

	private final RevisionGraph graph;

	public Planner(RevisionGraph graph) {
		this.graph = graph;
	}

	/**
	 * Plans the revisions an upgrade to {@code target} applies, requirements first.
	 * @param rows the current version rows
	 * @param target the target
	 * @return the plan
	 */
	public Plan upgrade(Collection<String> rows, Target target) {
		Set<String> applied = applied(rows);
		Set<String> wanted = wanted(applied, target);
		List<String> order = new ArrayList<>();
		for (String id : this.graph.inOrder(wanted)) {
			if (!applied.contains(id)) {
				order.add(id);
			}
		}
		return simulateUpgrade(rows, order);
	}

	/**
	 * Plans the revisions a downgrade to {@code target} reverts, dependents first.
	 * @param rows the current version rows
	 * @param target the target
	 * @return the plan
	 */
	public Plan downgrade(Collection<String> rows, Target target) {
		Set<String> applied = applied(rows);
		List<String> order = this.graph.inOrder(unwanted(rows, applied, target));
		Collections.reverse(order);
		return simulateDowngrade(rows, applied, order);
	}

	/**
	 * Returns the revisions an upgrade to every head would apply, in order.
	 * @param rows the current version rows
	 * @return the pending revisions
	 */
	public List<Revision> pending(Collection<String> rows) {
		return upgrade(rows, new Target.Heads()).steps().stream().map(Step::revision).toList();
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
						+ " Deploy the code that has this revision, or 'stamp' the database if the revision is gone for good");
			}
		}
		return this.graph.ancestorsOrSelf(rows);
	}

	private Set<String> wanted(Set<String> applied, Target target) {
		if (target instanceof Target.Heads) {
			return this.graph.ancestorsOrSelf(this.graph.heads());
		}
		if (target instanceof Target.Head) {
			return this.graph.ancestorsOrSelf(List.of(singleHead()));
		}
		if (target instanceof Target.Exact exact) {
			return this.graph.ancestorsOrSelf(List.of(this.graph.resolve(exact.idOrPrefix()).id()));
		}
		if (target instanceof Target.Relative relative) {
			return relativeUp(applied, relative.steps());
		}
		return Set.of();
	}

	private Set<String> unwanted(Collection<String> rows, Set<String> applied, Target target) {
		if (target instanceof Target.Base) {
			return applied;
		}
		if (target instanceof Target.Head) {
			return below(applied, singleHead());
		}
		if (target instanceof Target.Exact exact) {
			return below(applied, this.graph.resolve(exact.idOrPrefix()).id());
		}
		if (target instanceof Target.Relative relative) {
			return relativeDown(rows, applied, relative.steps());
		}
		return Set.of();
	}

	private String singleHead() {
		List<String> heads = this.graph.heads();
		if (heads.size() > 1) {
			throw new MigrationsException(ErrorCode.MULTIPLE_HEADS, "Multiple heads for 'head': "
					+ String.join(", ", heads) + "; use 'heads', name one revision, or merge them");
		}
		if (heads.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION, "There are no revisions, so there is no 'head'");
		}
		return heads.get(0);
	}

	private Set<String> below(Set<String> applied, String target) {
		if (!applied.contains(target)) {
			throw new MigrationsException(ErrorCode.NOT_AN_ANCESTOR, "Revision '" + target
					+ "' is not applied, so a downgrade cannot reach it; use 'upgrade' to move forward");
		}
		Set<String> remove = new HashSet<>(this.graph.descendantsOrSelf(List.of(target)));
		remove.remove(target);
		remove.retainAll(applied);
		return remove;
	}

	private Set<String> relativeUp(Set<String> applied, int steps) {
		if (steps < 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET,
					"Relative target " + steps + " goes down; use 'downgrade " + steps + "'");
		}
		List<String> pending = new ArrayList<>();
		for (String id : this.graph.inOrder(this.graph.ancestorsOrSelf(List.of(singleHead())))) {
			if (!applied.contains(id)) {
				pending.add(id);
			}
		}
		if (pending.size() < steps) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "Relative target +" + steps
					+ " goes past the head: only " + pending.size() + " revision(s) are pending");
		}
		Set<String> wanted = new HashSet<>(applied);
		wanted.addAll(pending.subList(0, steps));
		return wanted;
	}

	private Set<String> relativeDown(Collection<String> rows, Set<String> applied, int steps) {
		if (steps > 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET,
					"Relative target +" + steps + " goes up; use 'upgrade +" + steps + "'");
		}
		if (rows.size() > 1) {
			throw new MigrationsException(ErrorCode.MULTIPLE_HEADS, "The database has several current revisions ("
					+ String.join(", ", rows) + "), so '" + steps + "' is ambiguous; name the revision to go down to");
		}
		List<String> ordered = this.graph.inOrder(applied);
		if (ordered.size() < -steps) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "Relative target " + steps
					+ " goes below base: only " + ordered.size() + " revision(s) are applied");
		}
		return new HashSet<>(ordered.subList(ordered.size() + steps, ordered.size()));
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

	private Plan simulateDowngrade(Collection<String> rows, Set<String> applied, List<String> order) {
		Set<String> current = new LinkedHashSet<>(rows);
		Set<String> remaining = new HashSet<>(applied);
		List<Step> steps = new ArrayList<>(order.size());
		for (String id : order) {
			remaining.remove(id);
			current.remove(id);
			List<String> added = new ArrayList<>();
			for (String requirement : this.graph.requirements(id)) {
				if (remaining.contains(requirement) && !current.contains(requirement)
						&& this.graph.dependents(requirement).stream().noneMatch(remaining::contains)) {
					current.add(requirement);
					added.add(requirement);
				}
			}
			steps.add(new Step(this.graph.get(id), Direction.DOWNGRADE, List.of(id), added));
		}
		return new Plan(List.copyOf(rows), steps, this.graph.inOrder(current));
	}

}
