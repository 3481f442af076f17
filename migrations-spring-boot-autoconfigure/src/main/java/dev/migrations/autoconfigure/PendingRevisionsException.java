package dev.migrations.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Thrown when startup only validates and the database is not at the heads: it holds the revisions an upgrade would
 * apply, for the startup failure report.
 */
public final class PendingRevisionsException extends MigrationsException {

	private final List<String> current;

	private final List<Revision> pending;

	PendingRevisionsException(List<String> current, List<Revision> pending) {
		super(ErrorCode.PENDING_REVISIONS, "The database is not at the heads: " + pending.size()
				+ " revision(s) pending: " + pending.stream()
					.map((revision) -> revision.id() + " (" + revision.message() + ")")
					.collect(Collectors.joining(", "))
				+ ". Apply them with 'migrations upgrade heads', or start with startup=upgrade");
		this.current = List.copyOf(current);
		this.pending = List.copyOf(pending);
	}

	/**
	 * Returns the database's current revisions.
	 * @return the version rows, empty for an empty database
	 */
	public List<String> getCurrent() {
		return this.current;
	}

	/**
	 * Returns the revisions an upgrade to the heads would apply, in order.
	 * @return the pending revisions
	 */
	public List<Revision> getPending() {
		return this.pending;
	}

}
