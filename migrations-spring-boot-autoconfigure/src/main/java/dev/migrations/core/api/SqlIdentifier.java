package dev.migrations.core.api;

import java.util.regex.Pattern;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A table or schema name from configuration, checked so that it can be quoted into SQL safely.
 *
 * @param name the name, letters, digits and {@code _}, not starting with a digit, at most 63 characters
 */
public record SqlIdentifier(String name) {

	private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	/**
	 * Checks a configured name.
	 * @param name the name
	 * @param setting the setting it came from, for the message
	 * @return the identifier
	 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} when the name is not acceptable
	 */
	public static SqlIdentifier of(String name, String setting) {
		if (!VALID.matcher(name).matches()) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "Invalid " + setting + " '" + name
					+ "': use letters, digits and '_' only, starting with a letter or '_', at most 63 characters");
		}
		return new SqlIdentifier(name);
	}

}
