package dev.migrations.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.error.MultipleHeadsException;

/**
 * {@code show REV|head|heads|current}: one revision in full, the single head (several are an error), each head, or
 * each revision the database is at. Heads are those {@code heads} lists.
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
		return "show REV|head|heads|current";
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
		String target = arguments.positional().get(0);
		List<String> revisions = switch (target.toLowerCase(Locale.ROOT)) {
			case "head" -> singleHead(migrations.heads());
			case "heads" -> migrations.heads();
			case "current" -> migrations.current();
			default -> List.of(target);
		};
		if (revisions.isEmpty()) {
			if (console.isJson()) {
				console.json(Map.of("revisions", List.of()));
			}
			else {
				console.line("The database is at base: no revision is applied");
			}
			return OK;
		}
		List<RevisionInfo> infos = revisions.stream().map(migrations::show).toList();
		if (console.isJson()) {
			console.json((infos.size() == 1) ? RevisionFormat.json(infos.get(0))
					: Map.of("revisions", infos.stream().map(RevisionFormat::json).toList()));
		}
		else {
			infos.forEach((info) -> console.line(RevisionFormat.verbose(info, true).stripTrailing()));
		}
		return OK;
	}

	// 'head' means one revision, as in Alembic: several heads, depended on or not, are an error naming them.
	private static List<String> singleHead(List<String> heads) {
		if (heads.size() > 1) {
			throw new MultipleHeadsException(heads, "head", "Multiple heads for 'head': " + String.join(", ", heads)
					+ "; use 'show heads' for all of them, or name one");
		}
		return heads;
	}

}
