package dev.migrations.cli;

import java.util.List;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;

/**
 * {@code show REV}: one revision in full.
 */
final class ShowCommand implements CliCommand {

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String summary() {
		return "Show one revision";
	}

	@Override
	public String usage() {
		return "show REV";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.positional().size() != 1) {
			throw new UsageException("show needs one revision id or prefix");
		}
		RevisionInfo info = migrations.show(arguments.positional().get(0));
		if (console.isJson()) {
			console.json(RevisionFormat.json(info));
		}
		else {
			console.line(RevisionFormat.verbose(info, true).stripTrailing());
		}
		return OK;
	}

}
