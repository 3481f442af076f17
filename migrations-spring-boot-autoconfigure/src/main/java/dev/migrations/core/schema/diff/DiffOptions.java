package dev.migrations.core.schema.diff;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.migrations.core.schema.Names;

/**
 * How to compare a database with a model: the dialect whose reporting habits to allow for, and the tables to leave
 * alone (the tool's own version and history tables, and those the application excludes).
 *
 * @param dialect the dialect name, such as {@code postgresql}
 * @param excludedTables the tables neither compared nor changed, compared without case; {@code *} stands for any
 * characters
 */
public record DiffOptions(String dialect, Set<String> excludedTables) {

	/**
	 * Creates the options.
	 * @param dialect the dialect name
	 * @param excludedTables the excluded tables
	 */
	public DiffOptions {
		dialect = dialect.toLowerCase(Locale.ROOT);
		excludedTables = excludedTables.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether a table is left alone.
	 * @param table the table name
	 * @return {@code true} when it is excluded
	 */
	public boolean excluded(String table) {
		String name = Names.key(table);
		for (String excluded : this.excludedTables) {
			if (excluded.contains("*") ? name.matches(glob(excluded)) : excluded.equals(name)) {
				return true;
			}
		}
		return false;
	}

	// A name pattern where '*' stands for any characters, as a regular expression.
	private static String glob(String pattern) {
		String[] parts = pattern.split("\\*", -1);
		StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
		for (int i = 1; i < parts.length; i++) {
			regex.append(".*").append(Pattern.quote(parts[i]));
		}
		return regex.toString();
	}

	/**
	 * Whether the dialect stores column comments, so that they are compared.
	 * @return {@code false} on SQLite, which has none
	 */
	public boolean comments() {
		return !this.dialect.equals("sqlite");
	}

	/**
	 * Whether the dialect reports {@code RESTRICT} for a foreign key declared without an action, as MySQL does.
	 * @return {@code true} on MySQL and MariaDB
	 */
	boolean restrictIsNoAction() {
		return this.dialect.equals("mysql") || this.dialect.equals("mariadb");
	}

}
