package dev.migrations.core.api;

import java.util.List;

/**
 * Where one database stands, as operators ask it: which database, its status and the problems behind it, the
 * current revisions, the heads of the code, what is pending and what ran when.
 *
 * @param name the name of the engine's DataSource
 * @param database the dialect, product, version and masked JDBC URL
 * @param status where the database stands against the revision files
 * @param problems what needs attention, most severe first; empty when the status is {@code UP_TO_DATE} or
 * {@code PENDING}
 * @param current the version rows
 * @param heads the heads of the revision files
 * @param pending the revisions an upgrade to the heads would apply, in order
 * @param history the newest rows of the history table, newest first
 */
public record MigrationsReport(String name, DatabaseInfo database, DatabaseStatus status, List<Problem> problems,
		List<String> current, List<String> heads, List<RevisionInfo> pending, List<HistoryRecord> history) {

	public MigrationsReport {
		problems = List.copyOf(problems);
		current = List.copyOf(current);
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		history = List.copyOf(history);
	}

}
