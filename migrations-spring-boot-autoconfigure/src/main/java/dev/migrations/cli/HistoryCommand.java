package dev.migrations.cli;

import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Range;
import dev.migrations.core.api.RevisionInfo;

/**
 * {@code history}: the revisions, newest first, optionally as a graph.
 */
final class HistoryCommand implements CliCommand {

	@Override
	public String name() {
		return "history";
	}

	@Override
	public String summary() {
		return "List revisions, newest first";
	}

	@Override
	public String usage() {
		return "history [-r START:END] [--verbose] [--indicate-current] [--graph]";
	}

	@Override
	public List<Option> options() {
		return List.of(new Option("rev-range", "r", "START:END", "only revisions from START to END (base, heads, current, ids)"),
				Option.flag("verbose", "show each revision in full"),
				new Option("indicate-current", "i", null, "mark the database's current revisions"),
				Option.flag("graph", "draw branches and merges"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		String range = arguments.value("rev-range");
		List<RevisionInfo> revisions = migrations.history((range != null) ? Range.parse(range) : Range.ALL);
		boolean current = arguments.flag("indicate-current");
		if (console.isJson()) {
			console.json(Map.of("revisions", revisions.stream().map(RevisionFormat::json).toList()));
		}
		else if (arguments.flag("graph")) {
			HistoryGraph.draw(revisions, current).forEach(console::line);
		}
		else {
			for (RevisionInfo info : revisions) {
				console.line(arguments.flag("verbose") ? RevisionFormat.verbose(info, current)
						: RevisionFormat.line(info, current));
			}
		}
		return OK;
	}

}
