package dev.migrations.autoconfigure;

import java.util.List;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.MigrationsException;

/**
 * Reports a failed startup migration as what failed and what to do, instead of a stack trace: for a database that is
 * not at the heads, the pending revisions and the command that applies them.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

	private static final String UPGRADE_COMMAND = "migrations upgrade heads";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
		MigrationsStartupException startup = findCause(rootFailure, MigrationsStartupException.class);
		String prefix = (startup != null) ? startup.getPrefix() : "migrations";
		if (cause instanceof PendingRevisionsException pending) {
			return pending(pending, prefix);
		}
		String description = "Database migration failed [" + cause.getCode() + "]: " + cause.getMessage();
		String action = switch (cause.getCode()) {
			case UNKNOWN_DATABASE_REVISION -> "Deploy the code that has the database's revision, or move the database"
					+ " back with 'migrations downgrade' run from that code. To start this code against the newer"
					+ " database anyway, leaving the database as it is, set " + prefix + ".allow-unknown-revisions=true.";
			case BASELINE_REFUSED -> "A baseline only stamps a database that has no version table yet. Remove "
					+ prefix + ".baseline-on-startup, or name a revision the database has; to move the version"
					+ " rows by hand, run 'migrations stamp REVISION'.";
			case LOCK_TIMEOUT -> "Wait for the other migration to finish, or raise " + prefix + ".lock-timeout.";
			case SQL_FAILED -> "Fix the SQL at the file and line named above and start the application again. If the"
					+ " message says statements stay applied (a non-transactional revision, or any revision on MySQL,"
					+ " MariaDB or H2, which commit each DDL statement by itself), repair the database by hand and run"
					+ " the 'migrations resolve' command it names first.";
			case UNSUPPORTED_DATABASE -> "Migrate a supported database (PostgreSQL, SQLite, H2, MySQL or MariaDB) by"
					+ " pointing spring.datasource.url or " + prefix + ".url at it, or set " + prefix
					+ ".enabled=false to start without migrations.";
			case UNRESOLVED_FAILURE -> "Repair the database by hand, then run the 'migrations resolve' command named"
					+ " above; the application starts again once the failed revision is resolved.";
			case CHECKSUM_MISMATCH -> "Undo the edit of the applied revision file, accept it with the 'migrations"
					+ " accept-checksum' command named above, or set " + prefix + ".validate-checksums=false.";
			default -> "Fix the problem named above and start the application again; the database was left as it was"
					+ " before the failing revision.";
		};
		return new FailureAnalysis(description, action, cause);
	}

	private static FailureAnalysis pending(PendingRevisionsException cause, String prefix) {
		StringBuilder description = new StringBuilder();
		description.append("The database is not at the heads of the revision files, and ")
			.append(prefix)
			.append(".startup=validate does not migrate it.\n");
		description.append("Current revision(s): ").append(describe(cause.getCurrent())).append('\n');
		description.append("Pending revisions, in the order '" + UPGRADE_COMMAND + "' applies them:");
		for (Revision revision : cause.getPending()) {
			description.append("\n    ").append(revision.id()).append("  ").append(revision.message());
		}
		String action = "Apply the pending revisions before starting the application, by running it with the"
				+ " arguments '" + UPGRADE_COMMAND + "' (for example: java -jar app.jar " + UPGRADE_COMMAND
				+ "), or set " + prefix + ".startup=upgrade to migrate at startup.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private static String describe(List<String> current) {
		return current.isEmpty() ? "<base> (nothing applied)" : String.join(", ", current);
	}

}
