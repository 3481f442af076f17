package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.api.Step;

/**
 * {@code resolve REV --applied|--not-applied}: records how a failed non-transactional revision was repaired by hand.
 */
final class ResolveCommand implements CliCommand {

	@Override
	public String name() {
		return "resolve";
	}

	@Override
	public String summary() {
		return "Record a failed non-transactional revision as applied or not applied, after repairing it by hand";
	}

	@Override
	public String usage() {
		return "resolve REV (--applied | --not-applied)";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("applied", "all of the revision's changes are in place: mark it applied"),
				Option.flag("not-applied", "none of its changes remain: the next upgrade runs it again"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.positional().size() != 1 || arguments.flag("applied") == arguments.flag("not-applied")) {
			throw new UsageException("resolve needs one revision and either --applied or --not-applied");
		}
		String revision = arguments.positional().get(0);
		Resolution resolution = arguments.flag("applied") ? Resolution.APPLIED : Resolution.NOT_APPLIED;
		MigrationResult result = migrations.resolve(revision, resolution);
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("revision", revision);
			json.put("resolution", resolution.flag().substring(2));
			json.put("before", result.before());
			json.put("current", result.current());
			console.json(json);
		}
		else {
			console.line("Resolved " + revision + " as " + resolution.flag().substring(2) + ": "
					+ Step.describe(result.before()) + " -> " + Step.describe(result.current()));
		}
		return OK;
	}

}
