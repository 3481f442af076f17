package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Step;

/**
 * {@code check}: exit code 3 when revisions are pending or there are several heads.
 */
final class CheckCommand implements CliCommand {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "Fail (exit code 3) unless the database is at the single head";
	}

	@Override
	public String usage() {
		return "check";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		CheckResult result = migrations.check();
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("passed", result.passed());
			json.put("problems", result.problems());
			json.put("heads", result.heads());
			json.put("current", result.current());
			json.put("pending", result.pending().stream().map(Revision::id).toList());
			console.json(json);
		}
		else if (result.passed()) {
			console.line("No problems: the database is at the head (" + Step.describe(result.current()) + ")");
		}
		else {
			result.problems().forEach((problem) -> console.line("FAILED: " + problem));
		}
		return result.passed() ? OK : CHECK_FAILED;
	}

}
