package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;

/**
 * {@code branches}: the branch points and the revisions that branch from them.
 */
final class BranchesCommand implements CliCommand {

	@Override
	public String name() {
		return "branches";
	}

	@Override
	public String summary() {
		return "Show branch points";
	}

	@Override
	public String usage() {
		return "branches";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		List<RevisionInfo> revisions = migrations.history();
		Map<String, List<RevisionInfo>> branches = new LinkedHashMap<>();
		for (RevisionInfo point : revisions) {
			if (point.branchPoint()) {
				branches.put(point.revision().id(), revisions.stream()
					.filter((child) -> child.revision().parents().contains(point.revision().id()))
					.toList());
			}
		}
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			branches.forEach((id, children) -> json.put(id, children.stream().map((child) -> child.revision().id()).toList()));
			console.json(Map.of("branches", json));
			return OK;
		}
		for (RevisionInfo point : revisions) {
			if (point.branchPoint()) {
				console.line(RevisionFormat.brief(point));
				for (RevisionInfo child : branches.get(point.revision().id())) {
					console.line("    -> " + RevisionFormat.brief(child) + ", " + child.revision().message());
				}
			}
		}
		return OK;
	}

}
