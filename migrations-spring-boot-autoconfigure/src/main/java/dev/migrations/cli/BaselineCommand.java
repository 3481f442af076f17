package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.BaselineResult;
import dev.migrations.core.api.Step;

/**
 * {@code baseline [REVISION]}: stamps a database created before the migrations at a revision, the single base
 * revision when none is named; what {@code migrations.baseline-on-startup} does at startup.
 */
final class BaselineCommand implements CliCommand {

	@Override
	public String name() {
		return "baseline";
	}

	@Override
	public String summary() {
		return "Stamp a database that has tables but no version table at REVISION (default: the base revision)";
	}

	@Override
	public String usage() {
		return "baseline [REVISION]";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		List<String> positional = arguments.positional();
		if (positional.size() > 1) {
			throw new UsageException("baseline takes at most one REVISION, got " + String.join(" ", positional));
		}
		BaselineResult result = migrations.baseline(positional.isEmpty() ? null : positional.get(0));
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("decision", result.decision().name().toLowerCase(Locale.ROOT));
			json.put("revision", result.revision());
			json.put("tables", result.tables());
			json.put("current", result.current());
			console.json(json);
		}
		else {
			console.line(switch (result.decision()) {
				case STAMPED -> "Baselined at " + result.revision() + " (tables found: "
						+ String.join(", ", result.tables()) + "); 'upgrade heads' runs the revisions after it";
				case EMPTY_DATABASE -> "Nothing to baseline: the database has no tables; 'upgrade heads' runs every"
						+ " revision";
				case ALREADY_APPLIED -> "Nothing to baseline: the database is at " + Step.describe(result.current())
						+ ", which includes " + result.revision();
			});
		}
		return OK;
	}

}
