package dev.migrations.core.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Validates and links the nodes of a {@link RevisionGraph} while it is built: branch labels, parents and
 * dependencies, with errors that name the files involved.
 */
final class GraphLinker {

	private GraphLinker() {
	}

	static Map<String, String> labels(List<GraphNode> declared, Map<String, GraphNode> nodes) {
		Map<String, String> labels = new HashMap<>();
		for (GraphNode node : declared) {
			Revision revision = node.revision;
			if (revision.branchLabels().isEmpty()) {
				continue;
			}
			for (String label : new TreeSet<>(revision.branchLabels())) {
				GraphNode named = nodes.get(label);
				if (named != null) {
					throw new MigrationsException(ErrorCode.INVALID_BRANCH_LABEL, "Branch label '" + label + "' in "
							+ revision.source() + " is also the id of the revision in " + named.revision.source()
							+ "; rename the label");
				}
				String previous = labels.putIfAbsent(label, revision.id());
				if (previous != null) {
					throw new MigrationsException(ErrorCode.DUPLICATE_BRANCH_LABEL, "Branch label '" + label
							+ "' is declared by " + nodes.get(previous).revision.source() + " and by "
							+ revision.source() + "; a label names one branch, so remove or rename one of them");
				}
			}
		}
		return labels;
	}

	// Resolves each revision's parents, then its dependencies (labels resolved), to their nodes, in declaration order,
	// and records the reverse edges. The requirements hold the revisions' own id strings, so that the sets of ids a
	// planner builds from them find their members by reference.
	static void link(List<GraphNode> declared, Map<String, GraphNode> nodes, Map<String, String> labels) {
		for (GraphNode node : declared) {
			Revision revision = node.revision;
			for (String parent : revision.parents()) {
				checkNotSelf(revision, parent);
				GraphNode found = nodes.get(parent);
				if (found == null) {
					throw new MigrationsException(ErrorCode.UNKNOWN_PARENT, "Revision '" + revision.id() + "' in "
							+ revision.source() + " revises '" + parent
							+ "', which no revision declares; fix 'Revises' or add the missing revision");
				}
				node.need(found);
				found.children.add(node);
			}
			for (String dependency : revision.dependsOn()) {
				checkNotSelf(revision, dependency);
				String target = nodes.containsKey(dependency) ? dependency : labels.get(dependency);
				if (target == null) {
					throw new MigrationsException(ErrorCode.UNKNOWN_DEPENDENCY, "Revision '" + revision.id() + "' in "
							+ revision.source() + " depends on '" + dependency
							+ "', which is neither a revision id nor a branch label; fix 'Depends On'");
				}
				checkNotSelf(revision, target);
				node.need(nodes.get(target));
			}
			node.requirements = GraphNode.ids(node.needs);
		}
	}

	private static void checkNotSelf(Revision revision, String reference) {
		if (reference.equals(revision.id())) {
			throw new MigrationsException(ErrorCode.SELF_REFERENCE, "Revision '" + revision.id() + "' in "
					+ revision.source() + " revises or depends on itself; point it at the revision it follows");
		}
	}

}
