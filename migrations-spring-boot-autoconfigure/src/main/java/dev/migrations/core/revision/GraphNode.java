package dev.migrations.core.revision;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.api.Revision;

/**
 * A revision and its edges in a {@link RevisionGraph}, resolved once so that walks follow references instead of
 * looking ids up. Filled in while the graph is built, then never changed.
 */
final class GraphNode {

	final Revision revision;

	// The declaration order, which indexes the walk's state.
	final int index;

	List<String> requirements = List.of();

	final List<GraphNode> needs = new ArrayList<>(1);

	final List<GraphNode> neededBy = new ArrayList<>(1);

	final List<GraphNode> children = new ArrayList<>(1);

	int position;

	GraphNode(Revision revision, int index) {
		this.revision = revision;
		this.index = index;
	}

	void need(GraphNode requirement) {
		if (!this.needs.contains(requirement)) {
			this.needs.add(requirement);
			requirement.neededBy.add(this);
		}
	}

	static List<String> ids(List<GraphNode> nodes) {
		String[] ids = new String[nodes.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = nodes.get(i).revision.id();
		}
		return List.of(ids);
	}

}
