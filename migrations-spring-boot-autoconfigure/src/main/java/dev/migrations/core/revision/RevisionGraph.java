package dev.migrations.core.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The revisions as a directed acyclic graph, like Alembic's {@code RevisionMap}: each revision points to the revisions
 * it revises (its parents) and to those it depends on. A revision with several parents is a merge point, one with
 * several children a branch point, one without parents a base. Built once and validated, then immutable; it does no
 * I/O, and every query is linear in the size of the graph or better.
 */
public final class RevisionGraph {

	private final Map<String, Revision> byId;

	private final Map<String, String> labels;

	private final NavigableSet<String> sortedIds;

	private final Map<String, List<String>> requirements;

	private final Map<String, List<String>> children;

	private final Map<String, List<String>> dependents;

	private final List<Revision> ordered;

	private final Map<String, Integer> position;

	private final List<String> heads;

	private final List<String> bases;

	private RevisionGraph(Map<String, Revision> byId) {
		this.byId = byId;
		this.labels = labels(byId);
		this.sortedIds = new TreeSet<>(byId.keySet());
		this.requirements = requirements(byId, this.labels);
		this.children = new HashMap<>();
		this.dependents = new HashMap<>();
		for (Revision revision : byId.values()) {
			for (String parent : revision.parents()) {
				this.children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(revision.id());
			}
			for (String requirement : this.requirements.get(revision.id())) {
				this.dependents.computeIfAbsent(requirement, (key) -> new ArrayList<>()).add(revision.id());
			}
		}
		List<String> headIds = this.sortedIds.stream().filter((id) -> !this.dependents.containsKey(id)).toList();
		this.ordered = topologicalOrder(headIds);
		this.position = new HashMap<>(this.ordered.size() * 2);
		for (int i = 0; i < this.ordered.size(); i++) {
			this.position.put(this.ordered.get(i).id(), i);
		}
		this.heads = headIds;
		this.bases = this.ordered.stream().filter(Revision::isBase).map(Revision::id).toList();
	}

	/**
	 * Builds and validates the graph of the given revisions.
	 * @param revisions every revision
	 * @return the graph
	 * @throws MigrationsException on a duplicate id or branch label, an unknown parent or dependency, a self
	 * reference or a cycle, naming the files involved
	 */
	public static RevisionGraph of(Collection<Revision> revisions) {
		Map<String, Revision> byId = new LinkedHashMap<>(revisions.size() * 2);
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
	 * Returns every revision, parents and dependencies before the revisions that need them. The order is
	 * deterministic and keeps each branch together: the ancestry of each head in turn, heads sorted by id.
	 * @return the revisions in topological order
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
	 * Returns the revisions that nothing revises or depends on, sorted by id. A revision that others only depend on
	 * is not a head: upgrading to the heads applies it anyway, and the version table does not store it.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return this.heads;
	}

	/**
	 * Returns the revisions that revise nothing, in topological order.
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
	 * Resolves a full revision id, a branch label (the revision that declares it) or an unambiguous prefix of an id,
	 * in that order.
	 * @param reference the id, label or prefix
	 * @return the revision
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION}, or an
	 * {@link AmbiguousRevisionException} naming the candidates
	 */
	public Revision resolve(String reference) {
		return resolve(reference, null);
	}

	/**
	 * Resolves a reference like {@link #resolve(String)}, preferring the candidates of a prefix that lie within a
	 * set of revisions (a branch's lineage) when the prefix alone is ambiguous.
	 * @param reference the id, label or prefix
	 * @param within the revisions to prefer, or {@code null}
	 * @return the revision
	 */
	Revision resolve(String reference, @Nullable Set<String> within) {
		Revision exact = this.byId.get(reference);
		if (exact != null) {
			return exact;
		}
		String labelled = this.labels.get(reference);
		if (labelled != null) {
			return this.byId.get(labelled);
		}
		List<String> candidates = new ArrayList<>(
				this.sortedIds.subSet(reference, true, reference + Character.MAX_VALUE, false));
		if (within != null && candidates.size() > 1) {
			candidates.removeIf((candidate) -> !within.contains(candidate));
		}
		if (candidates.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION, "No revision or branch label matches '"
					+ reference + "'; run 'history' to list the revisions");
		}
		if (candidates.size() > 1) {
			throw new AmbiguousRevisionException(reference, candidates, "Revision prefix '" + reference
					+ "' is ambiguous: it matches " + describe(candidates) + "; give more characters");
		}
		return this.byId.get(candidates.get(0));
	}

	/**
	 * Returns the ids a revision needs applied first: its parents, then its dependencies (labels resolved).
	 * @param id a revision id of this graph
	 * @return the parents and dependency ids
	 */
	public List<String> requirements(String id) {
		return this.requirements.get(id);
	}

	/**
	 * Returns the revisions that revise a revision: its children, without the revisions that only depend on it.
	 * @param id a revision id of this graph
	 * @return its children
	 */
	public List<String> children(String id) {
		return this.children.getOrDefault(id, List.of());
	}

	/**
	 * Returns the revisions that revise or depend on a revision.
	 * @param id a revision id of this graph
	 * @return its children and dependents
	 */
	public List<String> dependents(String id) {
		return this.dependents.getOrDefault(id, List.of());
	}

	/**
	 * Whether several revisions revise this one.
	 * @param id a revision id of this graph
	 * @return {@code true} for a branch point
	 */
	public boolean isBranchPoint(String id) {
		return children(id).size() > 1;
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

	/**
	 * Returns the branch named by a label or a revision (id, label or prefix), with its members and lineage.
	 * @param name the label or revision
	 * @return the branch
	 * @throws MigrationsException when {@code name} is neither a label nor a revision
	 */
	public Branch branch(String name) {
		String anchor = resolve(name).id();
		Set<String> descendants = closure(List.of(anchor), this::children);
		Set<String> members = new HashSet<>(descendants);
		members.addAll(unsharedLineBelow(anchor));
		Set<String> lineage = closure(List.of(anchor), (id) -> this.byId.get(id).parents());
		lineage.addAll(descendants);
		return new Branch(name, anchor, members, lineage);
	}

	/**
	 * Returns the branch labels a revision carries, as Alembic computes them: the labels its ancestors (through
	 * parents) and itself declare, and those declared above it on an unshared line, which no branch or merge point
	 * interrupts.
	 * @param id a revision id of this graph
	 * @return the labels, sorted
	 */
	public Set<String> branchLabels(String id) {
		Set<String> found = new TreeSet<>();
		for (String ancestor : closure(List.of(id), (each) -> this.byId.get(each).parents())) {
			found.addAll(this.byId.get(ancestor).branchLabels());
		}
		String current = id;
		while (isUnshared(current) && children(current).size() == 1) {
			String child = children(current).get(0);
			if (!isUnshared(child)) {
				break;
			}
			found.addAll(this.byId.get(child).branchLabels());
			current = child;
		}
		return found;
	}

	/**
	 * Describes the revision that merges some heads, without writing it anywhere.
	 * @param heads the revisions to merge: at least two distinct revisions that no revision revises
	 * @param id the new revision's id
	 * @param message the new revision's message
	 * @return the merge revision, whose parents are {@code heads}
	 * @throws MigrationsException with {@link ErrorCode#INVALID_TARGET} when the revisions cannot be merged
	 */
	public Revision merge(List<String> heads, String id, String message) {
		if (new HashSet<>(heads).size() < 2) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "A merge needs at least two distinct revisions,"
					+ " but got " + describe(heads) + "; name the heads to merge, or 'heads'");
		}
		if (new HashSet<>(heads).size() != heads.size()) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "A merge names a revision twice: "
					+ String.join(", ", heads) + "; name each head once");
		}
		for (String head : heads) {
			if (!children(get(head).id()).isEmpty()) {
				throw new MigrationsException(ErrorCode.INVALID_TARGET, "Revision '" + head + "' is not a head: "
						+ describe(children(head)) + " revise(s) it; merge only revisions that nothing revises");
			}
		}
		if (this.byId.containsKey(id) || this.labels.containsKey(id)) {
			throw new MigrationsException(ErrorCode.DUPLICATE_REVISION,
					"Revision id '" + id + "' is already in use; choose another id");
		}
		return new Revision(id, heads, List.of(), Set.of(), message, "merge of " + String.join(", ", heads));
	}

	// A revision is unshared when it is neither a merge point nor needed by more than one revision.
	private boolean isUnshared(String id) {
		return !this.byId.get(id).isMerge() && dependents(id).size() <= 1;
	}

	// The line below a branch's revision that leads only to it, where Alembic propagates its labels down.
	private Set<String> unsharedLineBelow(String id) {
		Set<String> line = new HashSet<>();
		String current = id;
		while (isUnshared(current) && this.byId.get(current).parents().size() == 1) {
			String parent = this.byId.get(current).parents().get(0);
			if (!isUnshared(parent)) {
				break;
			}
			line.add(parent);
			current = parent;
		}
		return line;
	}

	// Lists ids for a message, at most ten of them.
	static String describe(List<String> ids) {
		if (ids.isEmpty()) {
			return "nothing";
		}
		String shown = ids.stream().limit(10).collect(Collectors.joining(", "));
		return (ids.size() > 10) ? shown + " and " + (ids.size() - 10) + " more" : shown;
	}

	private static Set<String> closure(Collection<String> start, Function<String, List<String>> next) {
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

	private static Map<String, String> labels(Map<String, Revision> byId) {
		Map<String, String> labels = new HashMap<>();
		for (Revision revision : byId.values()) {
			for (String label : new TreeSet<>(revision.branchLabels())) {
				Revision named = byId.get(label);
				if (named != null) {
					throw new MigrationsException(ErrorCode.INVALID_BRANCH_LABEL, "Branch label '" + label + "' in "
							+ revision.source() + " is also the id of the revision in " + named.source()
							+ "; rename the label");
				}
				Revision previous = byId.get(labels.putIfAbsent(label, revision.id()));
				if (previous != null) {
					throw new MigrationsException(ErrorCode.DUPLICATE_BRANCH_LABEL, "Branch label '" + label
							+ "' is declared by " + previous.source() + " and by " + revision.source()
							+ "; a label names one branch, so remove or rename one of them");
				}
			}
		}
		return labels;
	}

	private static Map<String, List<String>> requirements(Map<String, Revision> byId, Map<String, String> labels) {
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
				checkNotSelf(revision, dependency);
				String target = byId.containsKey(dependency) ? dependency : labels.get(dependency);
				if (target == null) {
					throw new MigrationsException(ErrorCode.UNKNOWN_DEPENDENCY, "Revision '" + revision.id() + "' in "
							+ revision.source() + " depends on '" + dependency
							+ "', which is neither a revision id nor a branch label; fix 'Depends On'");
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
					+ revision.source() + " revises or depends on itself; point it at the revision it follows");
		}
	}

	// Iterative post-order depth-first walk from each head (sorted), then from every id, so that revisions caught in
	// a cycle, which no head reaches, are visited too. Requirements come first and each head's ancestry stays together.
	private List<Revision> topologicalOrder(List<String> headIds) {
		List<Revision> order = new ArrayList<>(this.byId.size());
		Map<String, Boolean> done = new HashMap<>(this.byId.size() * 2);
		Deque<String> path = new ArrayDeque<>();
		Deque<Integer> nextRequirement = new ArrayDeque<>();
		List<String> roots = new ArrayList<>(headIds);
		roots.addAll(this.sortedIds);
		for (String root : roots) {
			if (done.containsKey(root)) {
				continue;
			}
			path.push(root);
			nextRequirement.push(0);
			done.put(root, false);
			while (!path.isEmpty()) {
				String current = path.peek();
				List<String> needed = this.requirements.get(current);
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
						throw cycle(path, requirement);
					}
				}
				else {
					path.pop();
					done.put(current, true);
					order.add(this.byId.get(current));
				}
			}
		}
		return List.copyOf(order);
	}

	// The path holds the revisions being visited, innermost first; each needs the one pushed after it.
	private MigrationsException cycle(Deque<String> path, String repeated) {
		List<String> cycle = new ArrayList<>();
		for (String id : path) {
			cycle.add(id);
			if (id.equals(repeated)) {
				break;
			}
		}
		Collections.reverse(cycle);
		cycle.add(repeated);
		String files = cycle.stream().distinct().map((id) -> this.byId.get(id).source())
			.collect(Collectors.joining(", "));
		return new MigrationsException(ErrorCode.CYCLE, "Revisions form a cycle, each revising or depending on the"
				+ " next: " + String.join(" -> ", cycle) + " (declared in " + files
				+ "); one of them must revise an older revision");
	}

}
