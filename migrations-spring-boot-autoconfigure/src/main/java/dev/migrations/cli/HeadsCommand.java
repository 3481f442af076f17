package dev.migrations.cli;

import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;

/**
 * {@code heads}: the revisions nothing revises, as Alembic's {@code heads} lists them. A revision that others only
 * depend on ({@code Depends On}) is still a head; {@code --resolve-dependencies} leaves those out, as Alembic's option
 * of that name does, which gives the revisions {@code upgrade heads} leaves in the version table.
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
		return "heads [--verbose] [--resolve-dependencies]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("verbose", "show each revision in full"), Option.flag("resolve-dependencies",
				"leave out the heads other revisions depend on (the heads 'upgrade heads' leaves in the version table)"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		List<String> ids = arguments.flag("resolve-dependencies") ? migrations.resolvedHeads() : migrations.heads();
		List<RevisionInfo> heads = migrations.history().stream()
			.filter((info) -> ids.contains(info.revision().id()))
			.toList();
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
