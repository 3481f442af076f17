package dev.migrations.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrations.core.error.MigrationsException;

/**
 * Reports a failed migration at startup as what failed and what to do, instead of a stack trace.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
		String description = "Database migration failed [" + cause.getCode() + "]: " + cause.getMessage();
		String action = switch (cause.getCode()) {
			case PENDING_REVISIONS -> "Run 'migrations upgrade heads' against this database, or set"
					+ " migrations.startup=upgrade to migrate at startup.";
			case UNKNOWN_DATABASE_REVISION -> "Deploy the code that has the database's revision, or move the database"
					+ " back with 'migrations downgrade' from that code.";
			case LOCK_TIMEOUT -> "Wait for the other migration to finish, or raise migrations.lock-timeout.";
			case UNRESOLVED_FAILURE -> "Repair the database by hand, then run the 'migrations resolve' command named"
					+ " above; the application starts again once the failed revision is resolved.";
			case CHECKSUM_MISMATCH -> "Undo the edit of the applied revision file, or accept it with the"
					+ " 'migrations accept-checksum' command named above.";
			default -> "Fix the problem named above and start the application again; the database was left as it was"
					+ " before the failing revision.";
		};
		return new FailureAnalysis(description, action, cause);
	}

}
