package dev.migrations.core.runtime;

import java.util.List;

import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * {@code resolve REV}: records how an operator resolved a failed non-transactional step, after repairing the
 * database by hand, without running any SQL of the revision.
 */
public final class ResolveCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public ResolveCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Resolves a failed step.
	 * @param revision the failed revision's id, or an unambiguous prefix of it
	 * @param resolution what the operator found
	 * @return the version rows before and after; no steps
	 */
	public MigrationResult run(String revision, Resolution resolution) {
		return this.engine.command("resolve", revision + " " + resolution.flag(),
				() -> this.engine.withSession((session) -> session.locked((executor) -> {
					List<String> before = session.rows();
					HistoryRecord failure = failure(session.audit(true).unresolvedFailures(), revision);
					new Repairs(session.store(), session.scripts(), this.engine.clock()).resolve(session.connection(),
							before, failure, resolution);
					return new MigrationResult(before, List.of(), session.rows());
				})));
	}

	// The one unresolved failure the revision (or prefix) names.
	private static HistoryRecord failure(List<HistoryRecord> failures, String revision) {
		List<HistoryRecord> matching = failures.stream().filter((failure) -> failure.revision().equals(revision))
			.toList();
		if (matching.isEmpty() && !revision.isBlank()) {
			matching = failures.stream().filter((failure) -> failure.revision().startsWith(revision)).toList();
		}
		if (matching.size() != 1) {
			String waiting = failures.isEmpty() ? "no failed step waits to be resolved"
					: "the failed steps waiting are: "
							+ String.join(", ", failures.stream().map(HistoryRecord::revision).toList());
			throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, (matching.isEmpty()
					? "No failed step of revision '" + revision + "' waits to be resolved"
					: "Revision prefix '" + revision + "' matches several failed steps") + "; " + waiting
					+ ". Run 'history' to see what ran");
		}
		return matching.get(0);
	}

}
