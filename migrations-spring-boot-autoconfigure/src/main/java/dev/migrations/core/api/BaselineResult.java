package dev.migrations.core.api;

import java.util.List;

/**
 * What a baseline did: whether it stamped the database, the revision it stamped (or would have), the tables that
 * showed the database was created before the migrations, and the version rows after. No revision ran.
 *
 * @param decision what the baseline did and why
 * @param revision the baseline revision
 * @param tables the tables found in the schema, other than the version tables; empty unless
 * {@link Decision#STAMPED}
 * @param current the current revisions after the command
 */
public record BaselineResult(Decision decision, String revision, List<String> tables, List<String> current) {

	public BaselineResult {
		tables = List.copyOf(tables);
		current = List.copyOf(current);
	}

	/**
	 * Whether the database was stamped at the baseline revision by this call.
	 * @return {@code true} for {@link Decision#STAMPED}
	 */
	public boolean stamped() {
		return this.decision == Decision.STAMPED;
	}

	/**
	 * What a baseline decided, from the version table and the schema's tables.
	 */
	public enum Decision {

		/** No version table and other tables: the database was stamped at the baseline revision. */
		STAMPED,

		/** No version table and no other table: nothing to baseline, an upgrade runs every revision. */
		EMPTY_DATABASE,

		/** The version table exists and the baseline revision is applied: stamped before, or migrated past it. */
		ALREADY_APPLIED

	}

}
