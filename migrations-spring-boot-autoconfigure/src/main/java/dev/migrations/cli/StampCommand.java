package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.api.Step;

/**
 * {@code stamp TARGET... [--purge]}: sets the version table without running any revision.
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
		return "stamp TARGET... [--purge]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("purge", "empty the version table first, even if it holds unknown revisions"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.positional().isEmpty()) {
			throw new UsageException("stamp needs at least one TARGET, such as head or a revision id");
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
