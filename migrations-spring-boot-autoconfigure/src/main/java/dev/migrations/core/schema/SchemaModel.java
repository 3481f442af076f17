package dev.migrations.core.schema;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schema an application wants, which {@code revision --autogenerate} and {@code check} compare with the database:
 * read from its JPA entities, from a declared schema file, or built by hand.
 */
public interface SchemaModel {

	/**
	 * Returns the wanted schema as it would be on a database of a dialect, with that dialect's names and types.
	 * @param dialect the dialect name, such as {@code postgresql}
	 * @return the schema
	 */
	Schema schema(String dialect);

	/**
	 * Returns the wanted schema as it would be on a server of a dialect and version, for a model whose types depend
	 * on the version; {@code check} and autogenerate ask for this one when they are connected, and
	 * {@code check --offline} for {@link #schema(String)}.
	 * @param dialect the dialect name, such as {@code mariadb}
	 * @param server the server's product and version
	 * @return the schema, by default {@link #schema(String)}'s
	 */
	default Schema schema(String dialect, ServerVersion server) {
		return schema(dialect);
	}

	/**
	 * Describes where the model comes from, for messages and logs.
	 * @return the description, such as {@code JPA entities of 'entityManagerFactory'} or {@code classpath:db/schema.sql}
	 */
	String description();

	/**
	 * Returns the tables that autogenerate and {@code check} leave alone, on both sides, from
	 * {@code migrations.autogenerate.exclude}: names compared without case, or patterns where {@code *} stands for
	 * any characters ({@code audit_*}). The tool's own version and history tables are always left alone.
	 * @return the names and patterns, none by default
	 */
	default Set<String> excludedTables() {
		return Set.of();
	}

	/**
	 * Whether autogenerate and {@code check} leave a table alone: whether it matches one of
	 * {@link #excludedTables()}, without case, {@code *} standing for any characters.
	 * @param table the table name
	 * @return {@code true} for an excluded table
	 */
	default boolean excludes(String table) {
		for (String pattern : excludedTables()) {
			String[] parts = pattern.split("\\*", -1);
			StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
			for (int i = 1; i < parts.length; i++) {
				regex.append(".*").append(Pattern.quote(parts[i]));
			}
			if (Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(table).matches()) {
				return true;
			}
		}
		return false;
	}

}
