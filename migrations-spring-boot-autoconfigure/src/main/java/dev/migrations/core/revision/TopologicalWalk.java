package dev.migrations.core.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * An iterative post-order depth-first walk over the requirements of a {@link RevisionGraph}'s nodes, which fails on a
 * cycle and sets each node's position in the order.
 */
final class TopologicalWalk {

	private static final byte UNVISITED = 0;

	private static final byte VISITING = 1;

	private static final byte DONE = 2;

	private final List<Revision> order;

	// Indexed by declaration order.
	private final byte[] state;

	private final GraphNode[] path;

	private final int[] nextRequirement;

	private TopologicalWalk(int size) {
		this.order = new ArrayList<>(size);
		this.state = new byte[size];
		this.path = new GraphNode[size];
		this.nextRequirement = new int[size];
	}

	// Requirements first, and each head's ancestry together: a walk from each head in turn. Revisions that no head
	// reaches are caught in a cycle; walking from each of them in id order names the first cycle.
	static List<Revision> order(Map<String, GraphNode> nodes, List<String> headIds) {
		TopologicalWalk walk = new TopologicalWalk(nodes.size());
		for (String head : headIds) {
			walk.from(nodes.get(head));
		}
		if (walk.order.size() < nodes.size()) {
			List<String> ids = new ArrayList<>(nodes.keySet());
			Collections.sort(ids);
			for (String id : ids) {
				walk.from(nodes.get(id));
			}
		}
		return List.copyOf(walk.order);
	}

	private void from(GraphNode start) {
		if (this.state[start.index] != UNVISITED) {
			return;
		}
		int depth = 0;
		this.path[0] = start;
		this.nextRequirement[0] = 0;
		this.state[start.index] = VISITING;
		while (depth >= 0) {
			GraphNode current = this.path[depth];
			int index = this.nextRequirement[depth];
			if (index < current.needs.size()) {
				this.nextRequirement[depth] = index + 1;
				GraphNode requirement = current.needs.get(index);
				if (this.state[requirement.index] == UNVISITED) {
					this.state[requirement.index] = VISITING;
					depth++;
					this.path[depth] = requirement;
					this.nextRequirement[depth] = 0;
				}
				else if (this.state[requirement.index] == VISITING) {
					throw cycle(depth, requirement);
				}
			}
			else {
				this.state[current.index] = DONE;
				current.position = this.order.size();
				this.order.add(current.revision);
				depth--;
			}
		}
	}

	// The path holds the revisions being visited, outermost first; each needs the one after it.
	private MigrationsException cycle(int depth, GraphNode repeated) {
		List<GraphNode> cycle = new ArrayList<>();
		for (int i = depth; i >= 0; i--) {
			cycle.add(this.path[i]);
			if (this.path[i] == repeated) {
				break;
			}
		}
		Collections.reverse(cycle);
		String files = cycle.stream().map((node) -> node.revision.source()).collect(Collectors.joining(", "));
		cycle.add(repeated);
		return new MigrationsException(ErrorCode.CYCLE, "Revisions form a cycle, each revising or depending on"
				+ " the next: " + cycle.stream().map((node) -> node.revision.id()).collect(Collectors.joining(" -> "))
				+ " (declared in " + files + "); one of them must revise an older revision");
	}

}
