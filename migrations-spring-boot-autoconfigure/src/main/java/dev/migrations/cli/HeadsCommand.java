package dev.migrations.cli;

import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;

/**
 * {@code heads}: the revisions nothing revises.
 */
final class HeadsCommand implements CliCommand {

	@Override
	public String name() {
		return "heads";
	}

	@Override
	public String summary() {
		return "Show the head revision(s)";
	}

	@Override
	public String usage() {
		return "heads [--verbose]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("verbose", "show each revision in full"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		List<RevisionInfo> heads = migrations.history().stream().filter(RevisionInfo::head).toList();
		if (console.isJson()) {
			console.json(Map.of("heads", heads.stream().map((info) -> info.revision().id()).toList()));
			return OK;
		}
		for (RevisionInfo info : heads) {
			console.line(arguments.flag("verbose") ? RevisionFormat.verbose(info, false) : RevisionFormat.brief(info));
		}
		return OK;
	}

}
