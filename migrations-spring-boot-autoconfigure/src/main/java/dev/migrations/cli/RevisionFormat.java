package dev.migrations.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.api.Revision;
import dev.migrations.core.api.RevisionInfo;

/**
 * Shows revisions the way Alembic does: {@code 1a2b -> 3c4d (head), add users} on one line, or a block with
 * {@code --verbose}, or a JSON object.
 */
final class RevisionFormat {

	private RevisionFormat() {
	}

	static String line(RevisionInfo info, boolean indicateCurrent) {
		Revision revision = info.revision();
		return parents(revision) + " -> " + revision.id() + flags(info, indicateCurrent) + ", " + revision.message();
	}

	static String brief(RevisionInfo info) {
		return info.revision().id() + flags(info, false);
	}

	static String verbose(RevisionInfo info, boolean indicateCurrent) {
		Revision revision = info.revision();
		StringBuilder text = new StringBuilder();
		text.append("Rev: ").append(revision.id()).append(flags(info, indicateCurrent)).append('\n');
		text.append(revision.isMerge() ? "Merges: " : "Parent: ").append(parents(revision)).append('\n');
		if (!revision.branchLabels().isEmpty()) {
			text.append("Branch names: ").append(String.join(", ", revision.branchLabels().stream().sorted().toList()))
				.append('\n');
		}
		if (!revision.dependsOn().isEmpty()) {
			text.append("Depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		text.append("Path: ").append(info.file()).append("\n\n");
		text.append("    ").append(revision.message()).append('\n');
		return text.toString();
	}

	static Map<String, Object> json(RevisionInfo info) {
		Revision revision = info.revision();
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("revision", revision.id());
		object.put("revises", revision.parents());
		object.put("message", revision.message());
		object.put("branchLabels", revision.branchLabels().stream().sorted().toList());
		object.put("dependsOn", revision.dependsOn());
		object.put("current", info.current());
		object.put("head", info.head());
		object.put("branchPoint", info.branchPoint());
		object.put("mergePoint", revision.isMerge());
		object.put("file", info.file());
		return object;
	}

	private static String parents(Revision revision) {
		if (revision.isBase()) {
			return "<base>";
		}
		return revision.isMerge() ? "(" + String.join(", ", revision.parents()) + ")" : revision.parents().get(0);
	}

	private static String flags(RevisionInfo info, boolean indicateCurrent) {
		List<String> flags = new ArrayList<>();
		info.revision().branchLabels().stream().sorted().forEach(flags::add);
		if (info.head()) {
			flags.add("head");
		}
		if (info.branchPoint()) {
			flags.add("branchpoint");
		}
		if (info.revision().isMerge()) {
			flags.add("mergepoint");
		}
		if (indicateCurrent && info.current()) {
			flags.add("current");
		}
		return flags.stream().map((flag) -> " (" + flag + ")").reduce("", String::concat);
	}

}
