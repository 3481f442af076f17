package dev.migrations.core.schema;

import java.util.Locale;

/**
 * How the model compares names. PostgreSQL folds unquoted names to lower case, SQLite, H2 and MySQL compare them
 * without case; the model keeps a name as the database reports it and compares names without case, so that the
 * same schema read from two databases, or written in an entity and read back, matches.
 */
public final class Names {

	private Names() {
	}

	/**
	 * Whether two names denote the same object.
	 * @param first a name
	 * @param second another name
	 * @return {@code true} when they differ at most in case
	 */
	public static boolean same(String first, String second) {
		return first.equalsIgnoreCase(second);
	}

	/**
	 * Returns the key under which a name is sorted and compared.
	 * @param name the name
	 * @return the name in lower case
	 */
	public static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
