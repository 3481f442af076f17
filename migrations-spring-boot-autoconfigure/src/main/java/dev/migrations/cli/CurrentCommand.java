package dev.migrations.cli;

import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;

/**
 * {@code current}: the revisions in the version table.
 */
final class CurrentCommand implements CliCommand {

	@Override
	public String name() {
		return "current";
	}

	@Override
	public String summary() {
		return "Show the database's current revision(s)";
	}

	@Override
	public String usage() {
		return "current [--verbose]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("verbose", "show each revision in full"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		List<RevisionInfo> current = migrations.history().stream().filter(RevisionInfo::current).toList();
		if (console.isJson()) {
			console.json(Map.of("current", current.stream().map((info) -> info.revision().id()).toList()));
			return OK;
		}
		for (RevisionInfo info : current) {
			console.line(arguments.flag("verbose") ? RevisionFormat.verbose(info, false) : RevisionFormat.brief(info));
		}
		return OK;
	}

}
