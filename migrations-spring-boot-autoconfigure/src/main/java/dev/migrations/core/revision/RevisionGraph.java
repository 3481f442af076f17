package dev.migrations.core.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.AmbiguousRevisionException;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The revisions as a directed acyclic graph, like Alembic's {@code RevisionMap}: each revision points to the revisions
 * it revises (its parents) and to those it depends on. A revision with several parents is a merge point, one with
 * several children a branch point, one without parents a base. Built once and validated, then immutable; it does no
 * I/O, and every query is linear in the size of the graph or better.
 */
public final class RevisionGraph {

	private final Map<String, GraphNode> nodes;

	private final Map<String, String> labels;

	private final List<Revision> ordered;

	private final List<String> heads;

	private final List<String> resolvedHeads;

	private final List<String> bases;

	private RevisionGraph(List<GraphNode> declared, Map<String, GraphNode> nodes) {
		this.nodes = nodes;
		this.labels = GraphLinker.labels(declared, nodes);
		GraphLinker.link(declared, nodes, this.labels);
		List<String> headIds = new ArrayList<>();
		List<String> resolvedHeadIds = new ArrayList<>();
		for (GraphNode node : declared) {
			if (node.children.isEmpty()) {
				headIds.add(node.revision.id());
			}
			if (node.neededBy.isEmpty()) {
				resolvedHeadIds.add(node.revision.id());
			}
		}
		Collections.sort(headIds);
		Collections.sort(resolvedHeadIds);
		this.ordered = TopologicalWalk.order(nodes, resolvedHeadIds);
		List<String> baseIds = new ArrayList<>();
		for (Revision revision : this.ordered) {
			if (revision.isBase()) {
				baseIds.add(revision.id());
			}
		}
		this.heads = List.copyOf(headIds);
		this.resolvedHeads = List.copyOf(resolvedHeadIds);
		this.bases = List.copyOf(baseIds);
	}

	/**
	 * Builds and validates the graph of the given revisions.
	 * @param revisions every revision
	 * @return the graph
	 * @throws MigrationsException on a duplicate id or branch label, an unknown parent or dependency, a self
	 * reference or a cycle, naming the files involved
	 */
	public static RevisionGraph of(Collection<Revision> revisions) {
		Map<String, GraphNode> nodes = new HashMap<>(revisions.size() * 2);
		List<GraphNode> declared = new ArrayList<>(revisions.size());
		for (Revision revision : revisions) {
			GraphNode node = new GraphNode(revision, declared.size());
			GraphNode previous = nodes.putIfAbsent(revision.id(), node);
			if (previous != null) {
				throw new MigrationsException(ErrorCode.DUPLICATE_REVISION, "Revision '" + revision.id()
						+ "' is declared twice: in " + previous.revision.source() + " and in " + revision.source()
						+ "; give one of them a new id");
			}
			declared.add(node);
		}
		return new RevisionGraph(declared, nodes);
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
	 * Returns the heads as Alembic's {@code heads} lists them: the revisions that no revision revises, sorted by id.
	 * A revision that others only depend on is still a head. This is what {@code heads}, {@code history}'s head mark,
	 * {@code show head} and a new revision's parent mean by a head.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return this.heads;
	}

	/**
	 * Returns the heads with dependencies resolved, as Alembic's {@code heads --resolve-dependencies}: the revisions
	 * that nothing revises or depends on, sorted by id. These are what the target {@code heads} reaches and what the
	 * version table holds after {@code upgrade heads}: upgrading applies a revision that others depend on anyway.
	 * @return the head revision ids, a subset of {@link #heads()}
	 */
	public List<String> resolvedHeads() {
		return this.resolvedHeads;
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
		GraphNode node = this.nodes.get(id);
		return (node != null) ? Optional.of(node.revision) : Optional.empty();
	}

	/**
	 * Returns the revision with exactly this id.
	 * @param id a full revision id
	 * @return the revision
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION} when there is none
	 */
	public Revision get(String id) {
		GraphNode node = this.nodes.get(id);
		if (node == null) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION, "No revision '" + id + "'");
		}
		return node.revision;
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
		GraphNode exact = this.nodes.get(reference);
		if (exact != null) {
			return exact.revision;
		}
		String labelled = this.labels.get(reference);
		if (labelled != null) {
			return get(labelled);
		}
		List<String> candidates = withPrefix(reference);
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
		return get(candidates.get(0));
	}

	/**
	 * Returns the ids a revision needs applied first: its parents, then its dependencies (labels resolved).
	 * @param id a revision id of this graph
	 * @return the parents and dependency ids
	 */
	public List<String> requirements(String id) {
		return this.nodes.get(id).requirements;
	}

	/**
	 * Returns the revisions that revise a revision: its children, without the revisions that only depend on it.
	 * @param id a revision id of this graph
	 * @return its children
	 */
	public List<String> children(String id) {
		GraphNode node = this.nodes.get(id);
		return (node != null) ? GraphNode.ids(node.children) : List.of();
	}

	/**
	 * Returns the revisions that revise or depend on a revision.
	 * @param id a revision id of this graph
	 * @return its children and dependents
	 */
	public List<String> dependents(String id) {
		GraphNode node = this.nodes.get(id);
		return (node != null) ? GraphNode.ids(node.neededBy) : List.of();
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
		return closure(ids, (node) -> node.needs);
	}

	/**
	 * Returns the given revisions and everything that needs them, transitively.
	 * @param ids revision ids of this graph
	 * @return the ids and their descendants, including dependents
	 */
	public Set<String> descendantsOrSelf(Collection<String> ids) {
		return closure(ids, (node) -> node.neededBy);
	}

	/**
	 * Sorts revision ids in the graph's topological order, parents first.
	 * @param ids revision ids of this graph
	 * @return the ids, parents and dependencies first
	 */
	public List<String> inOrder(Collection<String> ids) {
		int[] positions = new int[ids.size()];
		int count = 0;
		for (String id : ids) {
			positions[count++] = this.nodes.get(id).position;
		}
		Arrays.sort(positions);
		List<String> sorted = new ArrayList<>(positions.length);
		for (int position : positions) {
			sorted.add(this.ordered.get(position).id());
		}
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
		Set<String> descendants = closure(List.of(anchor), (node) -> node.children);
		Set<String> members = new HashSet<>(descendants);
		members.addAll(unsharedLineBelow(anchor));
		Set<String> lineage = closure(List.of(anchor), this::parents);
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
		for (String ancestor : closure(List.of(id), this::parents)) {
			found.addAll(get(ancestor).branchLabels());
		}
		String current = id;
		while (isUnshared(current) && children(current).size() == 1) {
			String child = children(current).get(0);
			if (!isUnshared(child)) {
				break;
			}
			found.addAll(get(child).branchLabels());
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
		if (this.nodes.containsKey(id) || this.labels.containsKey(id)) {
			throw new MigrationsException(ErrorCode.DUPLICATE_REVISION,
					"Revision id '" + id + "' is already in use; choose another id");
		}
		return new Revision(id, heads, List.of(), Set.of(), message, "merge of " + String.join(", ", heads));
	}

	// A revision is unshared when it is neither a merge point nor needed by more than one revision.
	private boolean isUnshared(String id) {
		return !get(id).isMerge() && dependents(id).size() <= 1;
	}

	// The line below a branch's revision that leads only to it, where Alembic propagates its labels down.
	private Set<String> unsharedLineBelow(String id) {
		Set<String> line = new HashSet<>();
		String current = id;
		while (isUnshared(current) && get(current).parents().size() == 1) {
			String parent = get(current).parents().get(0);
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

	private List<String> withPrefix(String prefix) {
		List<String> found = new ArrayList<>();
		for (String id : this.nodes.keySet()) {
			if (id.startsWith(prefix)) {
				found.add(id);
			}
		}
		Collections.sort(found);
		return found;
	}

	private List<GraphNode> parents(GraphNode node) {
		List<GraphNode> parents = new ArrayList<>(node.revision.parents().size());
		for (String parent : node.revision.parents()) {
			parents.add(this.nodes.get(parent));
		}
		return parents;
	}

	// Ids the graph does not have are kept, without following them.
	private Set<String> closure(Collection<String> start, Function<GraphNode, List<GraphNode>> next) {
		Set<String> seen = new HashSet<>(start);
		Deque<GraphNode> queue = new ArrayDeque<>(start.size());
		for (String id : start) {
			GraphNode node = this.nodes.get(id);
			if (node != null) {
				queue.addLast(node);
			}
		}
		while (!queue.isEmpty()) {
			for (GraphNode other : next.apply(queue.pop())) {
				if (seen.add(other.revision.id())) {
					queue.push(other);
				}
			}
		}
		return seen;
	}

}
