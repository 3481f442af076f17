package dev.migrations.core.script;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Values for {@code ${name}} in revision SQL, such as a schema or a role that differs between environments. Every
 * {@code ${name}} in a section must have a value; checksums are taken from the file as written, so the same file
 * keeps its checksum in every environment.
 *
 * @param values the value of each name
 */
public record Placeholders(Map<String, String> values) {

	/** No values: SQL containing {@code ${name}} is then an error. */
	public static final Placeholders NONE = new Placeholders(Map.of());

	public Placeholders {
		for (String name : values.keySet()) {
			if (!Patterns.NAME.matcher(name).matches()) {
				throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "Invalid placeholder name '" + name
						+ "': use letters, digits, '_', '.', ':' and '-'");
			}
		}
		values = Map.copyOf(values);
	}

	/**
	 * Replaces every {@code ${name}} in the SQL of a section.
	 * @param sql the SQL
	 * @param resource the file, for messages
	 * @param firstLine the file line of the SQL's first line, for messages
	 * @return the SQL with the values in place
	 * @throws MigrationsException with {@link ErrorCode#INVALID_REVISION_FILE} for a name without a value
	 */
	public String replace(String sql, ScriptResource resource, int firstLine) {
		if (sql.indexOf("${") < 0) {
			return sql;
		}
		Matcher matcher = Patterns.PLACEHOLDER.matcher(sql);
		StringBuilder replaced = new StringBuilder(sql.length());
		while (matcher.find()) {
			String value = this.values.get(matcher.group(1));
			if (value == null) {
				int line = firstLine + (int) sql.substring(0, matcher.start()).chars().filter((c) -> c == '\n').count();
				throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, resource.description() + ":" + line
						+ ": no value for placeholder '" + matcher.group() + "'; define it (migrations.placeholders."
						+ matcher.group(1) + "=...); defined: " + (this.values.isEmpty() ? "none"
								: String.join(", ", new TreeMap<>(this.values).keySet())));
			}
			matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(replaced);
		return replaced.toString();
	}

	// Compiled on first use: most services define no placeholder and most SQL holds none.
	private static final class Patterns {

		static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]+");

		static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]*)}");

	}

}
