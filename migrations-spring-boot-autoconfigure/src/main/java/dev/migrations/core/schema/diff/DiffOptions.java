package dev.migrations.core.schema.diff;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrations.core.schema.Names;

/**
 * How to compare a database with a model: the dialect whose reporting habits to allow for, and the tables to leave
 * alone (the tool's own version and history tables, and those the application excludes).
 *
 * @param dialect the dialect name, such as {@code postgresql}
 * @param excludedTables the tables neither compared nor changed, compared without case
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
		return this.excludedTables.contains(Names.key(table));
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
