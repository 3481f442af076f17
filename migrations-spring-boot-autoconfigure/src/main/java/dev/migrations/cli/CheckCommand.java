package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Step;

/**
 * {@code check}: exit code 3 when revisions are pending, there are several heads, or the schema model and the
 * migrations differ; {@code --offline} compares the model with the revisions alone.
 */
final class CheckCommand implements CliCommand {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "Fail (exit code 3) unless the database is at the single head and matches the schema model";
	}

	@Override
	public String usage() {
		return "check [--offline [--dialect NAME]]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("offline", "compare the schema model with the revisions replayed into a scratch"
				+ " database, without the application's database"),
				Option.value("dialect", "NAME", "the dialect of --offline (postgresql, sqlite, h2, mysql, mariadb);"
						+ " default: from the URL"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.value("dialect") != null && !arguments.flag("offline")) {
			throw new UsageException("--dialect goes with --offline");
		}
		CheckResult result = arguments.flag("offline")
				? migrations.autogenerate().checkOffline(MigrateCommand.dialect(arguments, settings)) : migrations.check();
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("passed", result.passed());
			json.put("problems", result.problems());
			json.put("heads", result.heads());
			json.put("current", result.current());
			json.put("pending", result.pending().stream().map(Revision::id).toList());
			json.put("differences", result.differences());
			console.json(json);
		}
		else if (result.passed()) {
			console.line(arguments.flag("offline") ? "No problems: the model matches the revisions at the head ("
					+ Step.describe(result.heads()) + ")" : "No problems: the database is at the head ("
							+ Step.describe(result.current()) + ")");
		}
		else {
			result.problems().stream().filter((problem) -> !problem.startsWith("The model ("))
				.forEach((problem) -> console.line("FAILED: " + problem));
			if (!result.differences().isEmpty()) {
				console.line("FAILED: the model and the migrations differ; run 'migrations revision --autogenerate -m"
						+ " MESSAGE':");
				result.differences().forEach((difference) -> console.line("  " + difference));
			}
		}
		return result.passed() ? OK : CHECK_FAILED;
	}

}
