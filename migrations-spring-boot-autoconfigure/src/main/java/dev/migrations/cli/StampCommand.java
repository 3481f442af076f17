package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Range;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.api.Step;

/**
 * {@code stamp TARGET... [--purge]}: sets the version table without running any revision; with {@code --sql}, prints
 * the SQL that would.
 */
final class StampCommand implements CliCommand {

	@Override
	public String name() {
		return "stamp";
	}

	@Override
	public String summary() {
		return "Set the version table to TARGET(s) without running any revision";
	}

	@Override
	public String usage() {
		return "stamp TARGET... [--purge] | stamp [START:]TARGET --sql [--dialect NAME]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("purge", "empty the version table first, even if it holds unknown revisions"),
				Option.flag("sql", "print the SQL that moves the version rows instead of running it; connects to no"
						+ " database"),
				Option.value("dialect", "NAME", "the dialect of --sql; default: from the URL"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.positional().isEmpty()) {
			throw new UsageException("stamp needs at least one TARGET, such as head or a revision id");
		}
		if (arguments.flag("sql")) {
			if (arguments.positional().size() != 1) {
				throw new UsageException("stamp --sql takes one [START:]TARGET, such as 'heads' or 'a1b2:heads'");
			}
			String dialect = MigrateCommand.dialect(arguments, settings);
			String sql = migrations.stampSql(Range.parseOrEnd(arguments.positional().get(0)), dialect);
			if (console.isJson()) {
				console.json(Map.of("dialect", dialect, "sql", sql));
			}
			else {
				console.line(sql.stripTrailing());
			}
			return OK;
		}
		StampResult result = migrations.stamp(arguments.positional(), arguments.flag("purge"));
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("steps", List.of());
			json.put("before", result.before());
			json.put("current", result.current());
			console.json(json);
		}
		else {
			console.line("Stamped " + Step.describe(result.before()) + " -> "
					+ Step.describe(result.current()));
		}
		return OK;
	}

}
