package dev.migrations.core.api;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A table or schema name from configuration, checked so that it can be quoted into SQL safely.
 *
 * @param name the name, letters, digits and {@code _}, not starting with a digit, at most 63 characters
 */
public record SqlIdentifier(String name) {

	/**
	 * Checks a configured name.
	 * @param name the name
	 * @param setting the setting it came from, for the message
	 * @return the identifier
	 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} when the name is not acceptable
	 */
	public static SqlIdentifier of(String name, String setting) {
		if (!isValid(name)) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "Invalid " + setting + " '" + name
					+ "': use letters, digits and '_' only, starting with a letter or '_', at most 63 characters");
		}
		return new SqlIdentifier(name);
	}

	// What "[A-Za-z_][A-Za-z0-9_]{0,62}" matches, without a regex: every engine checks its table names when built.
	private static boolean isValid(String name) {
		return name.length() <= 63 && Revision.isIdCharacters(name) && !(name.charAt(0) >= '0' && name.charAt(0) <= '9');
	}

}
