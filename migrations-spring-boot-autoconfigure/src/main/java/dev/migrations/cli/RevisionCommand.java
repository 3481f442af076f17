package dev.migrations.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.error.DuplicateRevisionException;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.error.MultipleHeadsException;
import dev.migrations.core.error.NotAHeadException;

/**
 * {@code revision -m MSG}: writes a new revision file whose parent is the head; with {@code --autogenerate}, one
 * whose operations make the database match the schema model.
 */
final class RevisionCommand implements CliCommand {

	@Override
	public String name() {
		return "revision";
	}

	@Override
	public String summary() {
		return "Write a new revision file";
	}

	@Override
	public String usage() {
		return "revision -m MESSAGE [--autogenerate [--allow-empty]] [--head REV] [--splice] [--branch-label L]"
				+ " [--depends-on REV] [--rev-id ID] [--operations]";
	}

	@Override
	public List<Option> options() {
		return List.of(new Option("message", "m", "MESSAGE", "what the revision does"),
				Option.value("head", "REV", "the revision to revise (default: the head; LABEL@head for a branch's head; 'base' for a new base)"),
				Option.flag("splice", "allow --head to name a revision that is not a head"),
				Option.value("branch-label", "LABEL", "a branch label for the new revision (repeatable)"),
				Option.value("depends-on", "REV", "a revision or label the new revision depends on (repeatable)"),
				Option.value("rev-id", "ID", "the revision id (default: 12 random hex digits)"),
				Option.flag("operations", "write a portable '-- migrations:operations' section instead of SQL sections"),
				Option.flag("autogenerate", "compare the schema model with the database at head and write the operations"
						+ " that make them match"),
				Option.flag("allow-empty", "with --autogenerate, write a revision even when nothing differs"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.flag("allow-empty") && !arguments.flag("autogenerate")) {
			throw new UsageException("--allow-empty goes with --autogenerate");
		}
		String message = arguments.value("message");
		if (message == null || message.isBlank()) {
			throw new UsageException("revision needs a message: -m \"what it does\"");
		}
		NewRevision request = new NewRevision(message, Path.of(migrations.config().revisionDirectory()),
				arguments.value("head"), arguments.flag("splice"), arguments.values("branch-label"),
				arguments.values("depends-on"), arguments.value("rev-id"), arguments.flag("operations"));
		try {
			if (arguments.flag("autogenerate")) {
				autogenerate(migrations.autogenerate().revision(request, arguments.flag("allow-empty")), console);
			}
			else {
				print(migrations.revision(request), console);
			}
		}
		catch (MultipleHeadsException ex) {
			throw new MigrationsException(ex.getCode(), (request.head() == null || request.head().equalsIgnoreCase("head")) ? "Multiple heads: "
					+ String.join(", ", ex.heads()) + "; name the one to revise with --head, or merge them first with"
					+ " 'merge heads'" : "--head " + ex.target() + " names " + ex.heads().size() + " revisions ("
							+ String.join(", ", ex.heads()) + "); a new revision revises one, 'merge' joins several", ex);
		}
		catch (NotAHeadException ex) {
			throw new MigrationsException(ex.getCode(), "Revision '" + ex.revision()
					+ "' is not a head; add --splice to start a new branch from it", ex);
		}
		catch (DuplicateRevisionException ex) {
			throw new MigrationsException(ex.getCode(), "Revision '" + ex.revision() + "' already exists in "
					+ ex.source() + "; choose another --rev-id", ex);
		}
		return OK;
	}

	private static void autogenerate(AutogenerateResult result, Console console) {
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("model", result.model());
			json.put("written", result.written());
			if (result.revision() != null) {
				json.put("revision", result.revision().revision().id());
				json.put("revises", result.revision().revision().parents());
				json.put("file", result.revision().file().toString());
			}
			json.put("changes", result.changes());
			json.put("notGenerated", result.manual());
			console.json(json);
			return;
		}
		result.changes().forEach((change) -> console.line("Detected " + change));
		result.manual().forEach((text) -> console.line("Not generated, write it by hand: " + text));
		if (result.revision() != null) {
			console.line("Generated " + result.revision().file() + "; review it, then 'upgrade head'");
		}
		else {
			console.line("No changes detected between " + result.model() + " and the database");
		}
	}

	static void print(CreatedRevision created, Console console) {
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("revision", created.revision().id());
			json.put("revises", created.revision().parents());
			json.put("file", created.file().toString());
			console.json(json);
		}
		else {
			console.line("Generated " + created.file());
		}
	}

}
