package dev.migrations.core.schema;

/**
 * What a foreign key does when the row it references is deleted or its key updated.
 */
public enum ReferentialAction {

	/** Refuse the change (the SQL default). */
	NO_ACTION("NO ACTION"),

	/** Refuse the change at once, even when the check is deferred. */
	RESTRICT("RESTRICT"),

	/** Delete or update the referencing rows too. */
	CASCADE("CASCADE"),

	/** Set the referencing columns to {@code NULL}. */
	SET_NULL("SET NULL"),

	/** Set the referencing columns to their defaults. */
	SET_DEFAULT("SET DEFAULT");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/**
	 * Returns the action as SQL writes it.
	 * @return the SQL, such as {@code SET NULL}
	 */
	public String sql() {
		return this.sql;
	}

	/**
	 * Reads an action as SQL writes it, in any case and spacing.
	 * @param sql the SQL, such as {@code set null}
	 * @return the action
	 * @throws IllegalArgumentException for anything else
	 */
	public static ReferentialAction fromSql(String sql) {
		String normalized = sql.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
		for (ReferentialAction action : values()) {
			if (action.sql.equals(normalized)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown referential action '" + sql
				+ "'; expected NO ACTION, RESTRICT, CASCADE, SET NULL or SET DEFAULT");
	}

}
