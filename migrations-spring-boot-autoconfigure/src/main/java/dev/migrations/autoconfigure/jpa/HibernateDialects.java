package dev.migrations.autoconfigure.jpa;

import java.util.Locale;

/**
 * The Hibernate dialect for each of the engine's dialects, so that the model has the types Hibernate expects on the
 * database it is compared with, without connecting to it.
 */
final class HibernateDialects {

	private HibernateDialects() {
	}

	/**
	 * Names the Hibernate dialect class of a dialect.
	 * @param dialect the engine's dialect name, such as {@code postgresql}
	 * @return the class name
	 * @throws IllegalArgumentException for a dialect Hibernate has no dialect for here
	 */
	static String className(String dialect) {
		return switch (dialect.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> "org.hibernate.dialect.PostgreSQLDialect";
			case "sqlite" -> "org.hibernate.community.dialect.SQLiteDialect";
			case "h2" -> "org.hibernate.dialect.H2Dialect";
			case "mysql" -> "org.hibernate.dialect.MySQLDialect";
			case "mariadb" -> "org.hibernate.dialect.MariaDBDialect";
			default -> throw new IllegalArgumentException("No Hibernate dialect for '" + dialect
					+ "'; the JPA model supports postgresql, sqlite, h2, mysql and mariadb");
		};
	}

	/**
	 * Writes a name as the database reports a name that was written without quotes: PostgreSQL folds it to lower
	 * case, H2 to upper case, SQLite, MySQL and MariaDB keep it.
	 * @param dialect the dialect name
	 * @param name the name as written
	 * @param quoted whether it was written in quotes, and so kept as written
	 * @return the name as the database reports it
	 */
	static String fold(String dialect, String name, boolean quoted) {
		if (quoted) {
			return name;
		}
		return switch (dialect.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> name.toLowerCase(Locale.ROOT);
			case "h2" -> name.toUpperCase(Locale.ROOT);
			default -> name;
		};
	}

}
