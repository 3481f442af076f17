package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * {@code current}: the revisions in the version table. A row that names a revision no file declares is an error
 * naming it, not an empty answer: the database is ahead of the code, or the code reads the wrong files.
 */
final class CurrentCommand implements CliCommand {

	@Override
	public String name() {
		return "current";
	}

	@Override
	public String summary() {
		return "Show the database's current revision(s)";
	}

	@Override
	public String usage() {
		return "current [--verbose]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("verbose", "show each revision in full"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		Map<String, RevisionInfo> revisions = new LinkedHashMap<>();
		for (RevisionInfo info : migrations.history()) {
			revisions.put(info.revision().id(), info);
		}
		List<String> rows = migrations.current();
		List<String> unknown = rows.stream().filter((row) -> !revisions.containsKey(row)).toList();
		if (!unknown.isEmpty()) {
			throw unknownRevisions(unknown, settings);
		}
		List<RevisionInfo> current = revisions.values().stream().filter(RevisionInfo::current).toList();
		if (console.isJson()) {
			console.json(Map.of("current", current.stream().map((info) -> info.revision().id()).toList()));
			return OK;
		}
		for (RevisionInfo info : current) {
			console.line(arguments.flag("verbose") ? RevisionFormat.verbose(info, false) : RevisionFormat.brief(info));
		}
		return OK;
	}

	private static MigrationsException unknownRevisions(List<String> unknown, Settings settings) {
		String where = (settings.revisionSource() != null) ? " (read from " + settings.revisionSource() + ")" : "";
		return new MigrationsException(ErrorCode.UNKNOWN_DATABASE_REVISION, "The database is at revision"
				+ ((unknown.size() == 1) ? " '" + unknown.get(0) + "', which none" : "s '" + String.join("', '", unknown)
						+ "', which none")
				+ " of the revision files" + where + " declares: the code is older than the database, or"
				+ " migrations.locations points at other files. Run the code that has "
				+ ((unknown.size() == 1) ? "this revision" : "these revisions") + ", or, if the revision is gone for"
				+ " good, 'migrations stamp --purge REV' with the revision the database really is at");
	}

}
