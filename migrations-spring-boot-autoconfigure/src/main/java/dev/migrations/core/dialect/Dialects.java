package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.DatabaseInfo;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The supported dialects, found by name, by JDBC URL or from a connection. Every dialect is registered here, by its
 * name; each one says itself which URLs and products it recognises. A dialect is created on first use, so that a
 * service loads the classes of its own database only: a URL or a product is asked first of the dialect it names.
 */
public final class Dialects {

	private static final List<String> NAMES = List.of("postgresql", "sqlite", "h2", "mysql", "mariadb");

	private static final Dialect[] CREATED = new Dialect[NAMES.size()];

	private Dialects() {
	}

	/**
	 * Returns the names of the supported dialects.
	 * @return the dialect names
	 */
	public static Set<String> names() {
		return Set.copyOf(NAMES);
	}

	/**
	 * Returns the dialect with this name.
	 * @param name the dialect name
	 * @return the dialect
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} for an unknown name
	 */
	public static Dialect named(String name) {
		int index = NAMES.indexOf(name.toLowerCase(Locale.ROOT));
		if (index < 0) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Unknown dialect '" + name
					+ "'; supported: " + supported());
		}
		return dialect(index);
	}

	/**
	 * Finds the dialect of a JDBC URL without connecting.
	 * @param url the JDBC URL
	 * @return the dialect
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} for another database
	 */
	public static Dialect forUrl(String url) {
		String normalized = url.toLowerCase(Locale.ROOT);
		Dialect found = find(normalized, (dialect) -> dialect.recognizesUrl(normalized));
		if (found == null) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Cannot tell the dialect of '"
					+ DatabaseInfo.maskUrl(url) + "'; supported: " + supported());
		}
		return found;
	}

	/**
	 * Detects the dialect of a connection's database.
	 * @param connection the connection
	 * @return the dialect
	 * @throws SQLException on a database error
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} for another database
	 */
	public static Dialect of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName();
		String normalized = product.toLowerCase(Locale.ROOT);
		Dialect found = find(normalized, (dialect) -> dialect.recognizesProduct(normalized));
		if (found == null) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Database '" + product
					+ "' is not supported; supported: " + supported());
		}
		return found;
	}

	// The dialect whose name the text holds, if it recognises it; else the first one that does, in registration order.
	private static @Nullable Dialect find(String text, Predicate<Dialect> recognizes) {
		for (int i = 0; i < NAMES.size(); i++) {
			if (text.contains(NAMES.get(i)) && recognizes.test(dialect(i))) {
				return dialect(i);
			}
		}
		for (int i = 0; i < NAMES.size(); i++) {
			if (recognizes.test(dialect(i))) {
				return dialect(i);
			}
		}
		return null;
	}

	private static synchronized Dialect dialect(int index) {
		Dialect dialect = CREATED[index];
		if (dialect == null) {
			dialect = create(NAMES.get(index));
			CREATED[index] = dialect;
		}
		return dialect;
	}

	private static Dialect create(String name) {
		return switch (name) {
			case "postgresql" -> new PostgresDialect();
			case "sqlite" -> new SqliteDialect();
			case "h2" -> new H2Dialect();
			case "mysql" -> MysqlDialect.mysql();
			case "mariadb" -> MysqlDialect.mariadb();
			default -> throw new IllegalStateException("No dialect registered as '" + name + "'");
		};
	}

	private static String supported() {
		return String.join(", ", NAMES.stream().sorted().toList());
	}

}
