package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.error.MigrationsException;

/**
 * {@code validate} and what it checks: failed non-transactional steps waiting to be resolved, and applied revisions
 * whose files changed since they ran.
 */
public final class AuditCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public AuditCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Makes, under the migration lock, the checks every upgrade and downgrade makes first.
	 */
	public void validate() {
		this.engine.withSession((session) -> session.locked((executor) -> {
			session.check(session.rows());
			return null;
		}));
	}

	/**
	 * Returns the failed or unfinished non-transactional steps not resolved yet, read without the lock.
	 * @return the last history row of each unresolved step, oldest first
	 */
	public List<HistoryRecord> unresolvedFailures() {
		return this.engine.withSession((session) -> session.audit(false).unresolvedFailures());
	}

	/**
	 * Returns the applied revisions whose files changed since they were applied, whatever the settings say.
	 * @return the mismatches, oldest first
	 */
	public List<ChecksumMismatch> checksumMismatches() {
		return this.engine.withSession((session) -> session.audit(false)
			.checksumMismatches(session.planner().applied(session.rows()), session.scripts()));
	}

	/**
	 * Returns what {@link #validate()} would fail with, read without the lock.
	 * @return the messages, empty when the checks pass
	 */
	public List<String> problems() {
		return this.engine.withSession((session) -> {
			HistoryAudit audit = session.audit(false);
			List<String> problems = new ArrayList<>();
			problem(problems, audit::requireNoUnresolvedFailures);
			if (this.engine.config().validateChecksums()) {
				Set<String> applied = session.planner().applied(session.rows());
				problem(problems, () -> audit.requireMatchingChecksums(applied, session.scripts()));
			}
			return problems;
		});
	}

	private static void problem(List<String> problems, Runnable requirement) {
		try {
			requirement.run();
		}
		catch (MigrationsException ex) {
			problems.add(ex.getMessage());
		}
	}

}
