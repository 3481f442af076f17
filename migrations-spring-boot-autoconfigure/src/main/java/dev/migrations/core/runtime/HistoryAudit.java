package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * Compares the history table with the revision files: finds the non-transactional steps that failed or died
 * part-way and wait to be resolved, and the applied revisions whose files changed after they were applied.
 * <p>
 * A revision's last history row says where it stands: {@code FAILED} or {@code STARTED} means unresolved, and any
 * later row of the revision (a successful run, a resolution, a stamp) resolves it. Its checksum baseline is the last
 * row that is neither: the run that applied it, a resolution, a stamp, or an accepted edit.
 * Only applied revisions are checked, so a revision may be edited freely while it is not applied (after a
 * downgrade, or after a failure).
 */
final class HistoryAudit {

	private final Map<String, HistoryRecord> latest = new LinkedHashMap<>();

	// Each revision's checksum baseline, newest first.
	private final Map<String, String> baseline;

	/**
	 * Reads the history.
	 * @param newestFirst every history row, newest first
	 */
	public HistoryAudit(List<HistoryRecord> newestFirst) {
		this.baseline = new LinkedHashMap<>();
		for (HistoryRecord record : newestFirst) {
			this.latest.putIfAbsent(record.revision(), record);
			if (!record.outcome().unfinished()) {
				this.baseline.putIfAbsent(record.revision(), record.checksum());
			}
		}
	}

	private HistoryAudit(Map<String, String> baseline) {
		this.baseline = baseline;
	}

	/**
	 * Audits a history none of whose rows records a failed or unfinished step, from its checksums alone, as
	 * {@link VersionStore#finishedChecksums} reads them: the check at head reads no more.
	 * @param newestChecksums the checksum of each revision's newest history row, newest first
	 * @return an audit without unresolved failures
	 */
	public static HistoryAudit ofFinishedSteps(Map<String, String> newestChecksums) {
		return new HistoryAudit(newestChecksums);
	}

	/**
	 * Returns the steps that failed or stopped part-way and were not resolved since, oldest first.
	 * @return the last history row of each such revision
	 */
	public List<HistoryRecord> unresolvedFailures() {
		List<HistoryRecord> failures = new ArrayList<>();
		for (HistoryRecord record : this.latest.values()) {
			if (record.outcome().unfinished()) {
				failures.add(record);
			}
		}
		Collections.reverse(failures);
		return failures;
	}

	/**
	 * Returns the applied revisions whose file's checksum differs from the one recorded when the revision was applied
	 * (or stamped, resolved or accepted). Revisions with no recorded checksum (applied before the history existed, or
	 * stamped while their file was missing) and revisions without a file are not compared.
	 * @param applied the applied revision ids
	 * @param scripts the revision files
	 * @return the mismatches, in the order the revisions were recorded, oldest first
	 */
	public List<ChecksumMismatch> checksumMismatches(Collection<String> applied, ScriptDirectory scripts) {
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		for (Map.Entry<String, String> entry : this.baseline.entrySet()) {
			String revision = entry.getKey();
			String recorded = entry.getValue();
			if (recorded.isEmpty() || !applied.contains(revision)) {
				continue;
			}
			RevisionScript script = scripts.find(revision).orElse(null);
			if (script != null && !script.checksum().equals(recorded)) {
				mismatches.add(new ChecksumMismatch(revision, script.resource().description(), recorded,
						script.checksum()));
			}
		}
		Collections.reverse(mismatches);
		return mismatches;
	}

	/**
	 * Fails when a step waits to be resolved, naming each one and the commands that resolve it.
	 * @throws MigrationsException with {@link ErrorCode#UNRESOLVED_FAILURE}
	 */
	public void requireNoUnresolvedFailures() {
		List<HistoryRecord> failures = unresolvedFailures();
		if (!failures.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNRESOLVED_FAILURE,
					failures.stream().map(HistoryAudit::describe).collect(Collectors.joining(" ")));
		}
	}

	/**
	 * Fails when an applied revision's file changed, naming each file and the command that accepts the change.
	 * @param applied the applied revision ids
	 * @param scripts the revision files
	 * @throws MigrationsException with {@link ErrorCode#CHECKSUM_MISMATCH}
	 */
	public void requireMatchingChecksums(Collection<String> applied, ScriptDirectory scripts) {
		List<ChecksumMismatch> mismatches = checksumMismatches(applied, scripts);
		if (mismatches.isEmpty()) {
			return;
		}
		String files = mismatches.stream()
			.map((mismatch) -> mismatch.script() + " (revision '" + mismatch.revision() + "': applied with checksum "
					+ mismatch.recorded() + ", now " + mismatch.actual() + ")")
			.collect(Collectors.joining(", "));
		String ids = mismatches.stream().map(ChecksumMismatch::revision).collect(Collectors.joining(" "));
		throw new MigrationsException(ErrorCode.CHECKSUM_MISMATCH, (mismatches.size() == 1 ? "An applied revision's"
				+ " file was edited after it was applied: " : "Applied revisions' files were edited after they were"
						+ " applied: ") + files + ". The database does not have those edits. Undo the edit and put"
				+ " new changes in a new revision, or, if the edit changes nothing the database needs (a comment, a"
				+ " reformat), accept it with 'migrations accept-checksum " + ids + "'. Turning checksum validation"
				+ " off skips this check.");
	}

	private static String describe(HistoryRecord failure) {
		String what = (failure.outcome() == Outcome.STARTED || failure.finishedAt() == null)
				? "it started at " + failure.startedAt() + " (run by " + failure.installedBy()
						+ ") and its process stopped before it finished"
				: "it failed at " + failure.finishedAt() + " (run by " + failure.installedBy()
						+ "), with the error reported then";
		String id = failure.revision();
		return "The " + failure.direction().label() + " of revision '" + id + "' (" + failure.script()
				+ ") did not finish: " + what + ". The revision is not transactional, so the database may hold part of"
				+ " its changes, and no migration runs until this is resolved. Compare the database with the"
				+ " revision's SQL and repair it by hand, then run 'migrations resolve " + id + " "
				+ Resolution.APPLIED.flag() + "' if all of its changes are now in place, or 'migrations resolve " + id
				+ " " + Resolution.NOT_APPLIED.flag() + "' if none of them are (the next " + failure.direction().label()
				+ " runs it again).";
	}

}
