package dev.migrations.core.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The revisions as a directed acyclic graph: each revision points to the revisions it revises (its parents) and to
 * those it depends on. Built once, validated, then immutable; it does no I/O.
 */
public final class RevisionGraph {

	private final Map<String, Revision> byId;

	private final Map<String, Integer> position;

	private final List<Revision> ordered;

	private final Map<String, List<String>> children;

	private final Map<String, List<String>> requirements;

	private final List<String> heads;

	private final List<String> bases;

	private RevisionGraph(Map<String, Revision> byId) {
		this.byId = byId;
		this.requirements = resolveRequirements(byId);
		this.ordered = topologicalOrder(byId, this.requirements);
		this.position = new HashMap<>(this.ordered.size() * 2);
		for (int i = 0; i < this.ordered.size(); i++) {
			this.position.put(this.ordered.get(i).id(), i);
		}
		this.children = new HashMap<>();
		for (Revision revision : this.ordered) {
			for (String requirement : this.requirements.get(revision.id())) {
				this.children.computeIfAbsent(requirement, (key) -> new ArrayList<>()).add(revision.id());
			}
		}
		this.heads = this.ordered.stream().map(Revision::id).filter(this::hasNoChildRevision).toList();
		this.bases = this.ordered.stream().filter(Revision::isBase).map(Revision::id).toList();
	}

	/**
	 * Builds and validates the graph of the given revisions.
	 * @param revisions every revision
	 * @return the graph
	 * @throws MigrationsException on a duplicate id, an unknown parent or dependency, a self reference or a cycle
	 */
	public static RevisionGraph of(Collection<Revision> revisions) {
		Map<String, Revision> byId = new HashMap<>(revisions.size() * 2);
		for (Revision revision : revisions) {
			Revision previous = byId.putIfAbsent(revision.id(), revision);
			if (previous != null) {
				throw new MigrationsException(ErrorCode.DUPLICATE_REVISION, "Revision '" + revision.id()
						+ "' is declared twice: in " + previous.source() + " and in " + revision.source()
						+ "; give one of them a new id");
			}
		}
		return new RevisionGraph(byId);
	}

	/**
	 * Returns every revision, parents and dependencies before the revisions that need them.
	 * @return the revisions in a deterministic topological order
	 */
	public List<Revision> revisions() {
		return this.ordered;
	}

	/**
	 * Returns the number of revisions.
	 * @return the size of the graph
	 */
	public int size() {
		return this.ordered.size();
	}

	/**
	 * Returns the revisions nothing revises or depends on, in topological order.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return this.heads;
	}

	/**
	 * Returns the revisions that revise nothing.
	 * @return the base revision ids
	 */
	public List<String> bases() {
		return this.bases;
	}

	/**
	 * Returns the revision with exactly this id, if any.
	 * @param id a full revision id
	 * @return the revision or empty
	 */
	public Optional<Revision> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * Returns the revision with exactly this id.
	 * @param id a full revision id
	 * @return the revision
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION} when there is none
	 */
	public Revision get(String id) {
		Revision revision = this.byId.get(id);
		if (revision == null) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION, "No revision '" + id + "'");
		}
		return revision;
	}

	/**
	 * Resolves a full revision id or an unambiguous prefix of one.
	 * @param idOrPrefix the id or prefix
	 * @return the revision
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION} or {@link ErrorCode#AMBIGUOUS_REVISION}
	 */
	public Revision resolve(String idOrPrefix) {
		Revision exact = this.byId.get(idOrPrefix);
		if (exact != null) {
			return exact;
		}
		List<String> candidates = this.ordered.stream().map(Revision::id).filter((id) -> id.startsWith(idOrPrefix))
			.sorted().toList();
		if (candidates.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION, "No revision matches '" + idOrPrefix
					+ "'; run 'history' to list the revisions");
		}
		if (candidates.size() > 1) {
			throw new MigrationsException(ErrorCode.AMBIGUOUS_REVISION, "Revision prefix '" + idOrPrefix
					+ "' is ambiguous: " + String.join(", ", candidates) + "; give more characters");
		}
		return this.byId.get(candidates.get(0));
	}

	/**
	 * Returns the ids a revision needs applied first: its parents, then its dependencies.
	 * @param id a revision id of this graph
	 * @return the parents and dependency ids
	 */
	public List<String> requirements(String id) {
		return this.requirements.get(id);
	}

	/**
	 * Returns the revisions that revise or depend on a revision.
	 * @param id a revision id of this graph
	 * @return its children and dependents
	 */
	public List<String> dependents(String id) {
		return this.children.getOrDefault(id, List.of());
	}

	/**
	 * Returns the given revisions and everything they need, transitively.
	 * @param ids revision ids of this graph
	 * @return the ids and their ancestors, including dependencies
	 */
	public Set<String> ancestorsOrSelf(Collection<String> ids) {
		return closure(ids, this.requirements::get);
	}

	/**
	 * Returns the given revisions and everything that needs them, transitively.
	 * @param ids revision ids of this graph
	 * @return the ids and their descendants, including dependents
	 */
	public Set<String> descendantsOrSelf(Collection<String> ids) {
		return closure(ids, this::dependents);
	}

	/**
	 * Sorts revision ids in the graph's topological order, parents first.
	 * @param ids revision ids of this graph
	 * @return the ids, parents and dependencies first
	 */
	public List<String> inOrder(Collection<String> ids) {
		List<String> sorted = new ArrayList<>(ids);
		sorted.sort(Comparator.comparingInt(this.position::get));
		return sorted;
	}

	private boolean hasNoChildRevision(String id) {
		return !this.children.containsKey(id);
	}

	private static Set<String> closure(Collection<String> start, java.util.function.Function<String, List<String>> next) {
		Set<String> seen = new HashSet<>(start);
		Deque<String> queue = new ArrayDeque<>(start);
		while (!queue.isEmpty()) {
			for (String other : next.apply(queue.pop())) {
				if (seen.add(other)) {
					queue.push(other);
				}
			}
		}
		return seen;
	}

	private static Map<String, List<String>> resolveRequirements(Map<String, Revision> byId) {
		Map<String, String> labels = new HashMap<>();
		for (Revision revision : byId.values()) {
			for (String label : revision.branchLabels()) {
				Revision previous = byId.get(labels.putIfAbsent(label, revision.id()));
				if (previous != null) {
					throw new MigrationsException(ErrorCode.DUPLICATE_BRANCH_LABEL, "Branch label '" + label
							+ "' is declared by " + previous.source() + " and by " + revision.source()
							+ "; a label names one branch");
				}
			}
		}
		Map<String, List<String>> requirements = new HashMap<>(byId.size() * 2);
		for (Revision revision : byId.values()) {
			Set<String> needed = new LinkedHashSet<>();
			for (String parent : revision.parents()) {
				checkNotSelf(revision, parent);
				if (!byId.containsKey(parent)) {
					throw new MigrationsException(ErrorCode.UNKNOWN_PARENT, "Revision '" + revision.id() + "' in "
							+ revision.source() + " revises '" + parent
							+ "', which no revision declares; fix 'Revises' or add the missing revision");
				}
				needed.add(parent);
			}
			for (String dependency : revision.dependsOn()) {
				String target = byId.containsKey(dependency) ? dependency : labels.get(dependency);
				if (target == null) {
					throw new MigrationsException(ErrorCode.UNKNOWN_DEPENDENCY, "Revision '" + revision.id() + "' in "
							+ revision.source() + " depends on '" + dependency
							+ "', which is neither a revision nor a branch label; fix 'Depends On'");
				}
				checkNotSelf(revision, target);
				needed.add(target);
			}
			requirements.put(revision.id(), List.copyOf(needed));
		}
		return requirements;
	}

	private static void checkNotSelf(Revision revision, String reference) {
		if (reference.equals(revision.id())) {
			throw new MigrationsException(ErrorCode.SELF_REFERENCE, "Revision '" + revision.id() + "' in "
					+ revision.source() + " revises or depends on itself; point it at its real parent");
		}
	}

	// Post-order depth-first walk from the sorted ids: parents come first and each branch stays contiguous.
	private static List<Revision> topologicalOrder(Map<String, Revision> byId, Map<String, List<String>> requirements) {
		List<String> roots = new ArrayList<>(byId.keySet());
		Collections.sort(roots);
		List<Revision> ordered = new ArrayList<>(byId.size());
		Map<String, Boolean> done = new HashMap<>(byId.size() * 2);
		Deque<String> path = new ArrayDeque<>();
		Deque<Integer> nextRequirement = new ArrayDeque<>();
		for (String root : roots) {
			if (done.containsKey(root)) {
				continue;
			}
			path.push(root);
			nextRequirement.push(0);
			done.put(root, false);
			while (!path.isEmpty()) {
				String current = path.peek();
				List<String> needed = requirements.get(current);
				int index = nextRequirement.pop();
				if (index < needed.size()) {
					nextRequirement.push(index + 1);
					String requirement = needed.get(index);
					Boolean state = done.get(requirement);
					if (state == null) {
						done.put(requirement, false);
						path.push(requirement);
						nextRequirement.push(0);
					}
					else if (!state) {
						throw cycle(byId, path, requirement);
					}
				}
				else {
					path.pop();
					done.put(current, true);
					ordered.add(byId.get(current));
				}
			}
		}
		return List.copyOf(ordered);
	}

	private static MigrationsException cycle(Map<String, Revision> byId, Deque<String> path, String repeated) {
		List<String> cycle = new ArrayList<>();
		cycle.add(repeated);
		for (String id : path) {
			cycle.add(id);
			if (id.equals(repeated)) {
				break;
			}
		}
		Collections.reverse(cycle);
		String files = cycle.stream().distinct().map((id) -> byId.get(id).source()).collect(Collectors.joining(", "));
		return new MigrationsException(ErrorCode.CYCLE, "Revisions form a cycle: " + String.join(" -> ", cycle)
				+ " (declared in " + files + "); one of them must revise an older revision");
	}

}
