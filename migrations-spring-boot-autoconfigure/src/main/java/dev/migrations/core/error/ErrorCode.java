package dev.migrations.core.error;

/**
 * What went wrong, as a stable code that the command line prints and maps to an exit code.
 */
public enum ErrorCode {

	/** A revision file's header or sections cannot be read. */
	INVALID_REVISION_FILE(Kind.USAGE),

	/** A revision id is malformed or too long for the version table. */
	INVALID_REVISION_ID(Kind.USAGE),

	/** Two revision files declare the same revision id. */
	DUPLICATE_REVISION(Kind.USAGE),

	/** A revision names a parent that no file declares. */
	UNKNOWN_PARENT(Kind.USAGE),

	/** A revision names itself as a parent or dependency. */
	SELF_REFERENCE(Kind.USAGE),

	/** The revisions form a cycle. */
	CYCLE(Kind.USAGE),

	/** A revision depends on a revision or label that does not exist. */
	UNKNOWN_DEPENDENCY(Kind.USAGE),

	/** Two revisions declare the same branch label. */
	DUPLICATE_BRANCH_LABEL(Kind.USAGE),

	/** A branch label is malformed, a keyword, or the id of a revision. */
	INVALID_BRANCH_LABEL(Kind.USAGE),

	/** A revision location cannot be read. */
	UNREADABLE_LOCATION(Kind.USAGE),

	/** A configuration value (a table name, a schema, a location) is not acceptable. */
	INVALID_CONFIGURATION(Kind.USAGE),

	/** A target expression cannot be parsed. */
	INVALID_TARGET(Kind.USAGE),

	/** A revision id or prefix matches no revision. */
	UNKNOWN_REVISION(Kind.USAGE),

	/** A revision prefix, or a relative step across a branch or merge point, matches several revisions. */
	AMBIGUOUS_REVISION(Kind.USAGE),

	/** {@code head} was asked for while there are several heads, or a relative step from several current revisions. */
	MULTIPLE_HEADS(Kind.USAGE),

	/** A target is not reachable from the current revisions in the asked direction, or not on the named branch. */
	NOT_AN_ANCESTOR(Kind.USAGE),

	/** {@code resolve} or {@code accept-checksum} named a revision that does not need it. */
	NOTHING_TO_RESOLVE(Kind.USAGE),

	/** A downgrade limited to one branch would also revert revisions of other branches. */
	CROSS_BRANCH_DOWNGRADE(Kind.USAGE),

	/** The database is at a revision the code does not know. */
	UNKNOWN_DATABASE_REVISION(Kind.MIGRATION),

	/** The database has revisions that are not applied yet and startup only validates. */
	PENDING_REVISIONS(Kind.MIGRATION),

	/** A revision has no SQL for the asked direction. */
	IRREVERSIBLE_REVISION(Kind.MIGRATION),

	/**
	 * A statement of a revision failed: a transactional revision was rolled back; a non-transactional one, or any
	 * revision on a database whose DDL commits by itself, stopped part-way and waits to be resolved (unless its first
	 * statement failed, which leaves nothing to resolve).
	 */
	SQL_FAILED(Kind.MIGRATION),

	/** A non-transactional revision failed or stopped part-way, and nobody has resolved it yet. */
	UNRESOLVED_FAILURE(Kind.MIGRATION),

	/** The file of an applied revision changed after it was applied. */
	CHECKSUM_MISMATCH(Kind.MIGRATION),

	/** A baseline was asked for on a database whose version table exists without the baseline revision. */
	BASELINE_REFUSED(Kind.MIGRATION),

	/** An import from another tool was refused: its files or its history table cannot be taken over as they are. */
	IMPORT_REFUSED(Kind.USAGE),

	/** {@code revision --autogenerate} or {@code check --offline} needs a schema model and the engine has none. */
	NO_MODEL(Kind.USAGE),

	/** The version table was not in the state the step expected. */
	VERSION_TABLE_CONFLICT(Kind.MIGRATION),

	/** The database is not one of the supported dialects. */
	UNSUPPORTED_DATABASE(Kind.MIGRATION),

	/**
	 * A table uses a feature the schema model cannot represent (such as an SQLite {@code WITHOUT ROWID} table), so
	 * that reading it into the model, or rebuilding it from the model, would lose something.
	 */
	UNSUPPORTED_SCHEMA(Kind.MIGRATION),

	/** The migration lock could not be taken in time. */
	LOCK_TIMEOUT(Kind.MIGRATION),

	/** A database access outside a revision's own SQL failed. */
	DATABASE_ERROR(Kind.MIGRATION);

	private final Kind kind;

	ErrorCode(Kind kind) {
		this.kind = kind;
	}

	/**
	 * Whether the error comes from what the user asked for or wrote, rather than from running a migration.
	 * @return {@code true} for a usage error
	 */
	public boolean isUsageError() {
		return this.kind == Kind.USAGE;
	}

	private enum Kind {

		USAGE, MIGRATION

	}

}
