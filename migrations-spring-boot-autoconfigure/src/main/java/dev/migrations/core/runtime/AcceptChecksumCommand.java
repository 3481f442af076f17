package dev.migrations.core.runtime;

import java.util.List;
import java.util.Set;

import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * {@code accept-checksum REV...}: accepts, on purpose, the edited files of applied revisions, so that their current
 * checksums become the ones later runs check against.
 */
public final class AcceptChecksumCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public AcceptChecksumCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Accepts the edited files of applied revisions; a named revision whose file is unchanged is skipped.
	 * @param revisions the revisions' ids or unambiguous prefixes
	 * @return the mismatches that were accepted
	 */
	public List<ChecksumMismatch> run(List<String> revisions) {
		return this.engine.command("accept-checksum", String.join(" ", revisions), () -> {
			List<String> ids = revisions.stream()
				.map((revision) -> this.engine.scripts().graph().resolve(revision).id())
				.toList();
			return this.engine.withSession((session) -> session.locked((executor) -> {
				Set<String> applied = session.planner().applied(session.rows());
				List<ChecksumMismatch> mismatches = session.audit(true).checksumMismatches(applied,
						session.scripts());
				requireApplied(ids, applied, mismatches);
				Repairs repairs = new Repairs(session.store(), session.scripts(), this.engine.clock());
				List<ChecksumMismatch> accepted = mismatches.stream()
					.filter((mismatch) -> ids.contains(mismatch.revision()))
					.toList();
				for (ChecksumMismatch mismatch : accepted) {
					repairs.acceptChecksum(session.connection(), mismatch);
				}
				return accepted;
			}));
		});
	}

	private static void requireApplied(List<String> ids, Set<String> applied, List<ChecksumMismatch> mismatches) {
		if (ids.isEmpty()) {
			throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, "Name the revisions whose edited files to"
					+ " accept; edited now: " + (mismatches.isEmpty() ? "none"
							: String.join(" ", mismatches.stream().map(ChecksumMismatch::revision).toList())));
		}
		for (String id : ids) {
			if (!applied.contains(id)) {
				throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, "Revision '" + id + "' is not applied,"
						+ " so its file is not checked and may change freely until it is applied");
			}
		}
	}

}
