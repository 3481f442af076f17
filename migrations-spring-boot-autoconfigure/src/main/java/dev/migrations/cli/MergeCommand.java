package dev.migrations.cli;

import java.nio.file.Path;
import java.util.List;

import dev.migrations.core.Migrations;

/**
 * {@code merge REV... -m MSG}: writes a revision that revises several heads.
 */
final class MergeCommand implements CliCommand {

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String summary() {
		return "Write a merge revision of several heads";
	}

	@Override
	public String usage() {
		return "merge REV... -m MESSAGE [--rev-id ID]";
	}

	@Override
	public List<Option> options() {
		return List.of(new Option("message", "m", "MESSAGE", "what the merge is"),
				Option.value("rev-id", "ID", "the revision id (default: 12 random hex digits)"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.positional().isEmpty()) {
			throw new UsageException("merge needs the revisions to merge, such as 'heads' or two revision ids");
		}
		String message = arguments.value("message");
		RevisionCommand.print(migrations.merge(arguments.positional(), (message != null) ? message : "merge",
				arguments.value("rev-id"), Path.of(migrations.config().revisionDirectory())), console);
		return OK;
	}

}
