package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrations.core.api.DatabaseInfo;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The supported dialects, found by name, by JDBC URL or from a connection. Every dialect is registered in one list
 * here; each one says itself which URLs and products it recognises.
 */
public final class Dialects {

	private static final List<Dialect> ALL = List.of(new PostgresDialect(), new SqliteDialect(), new H2Dialect(),
			MysqlDialect.mysql(), MysqlDialect.mariadb());

	private Dialects() {
	}

	/**
	 * Returns the names of the supported dialects.
	 * @return the dialect names
	 */
	public static Set<String> names() {
		return ALL.stream().map(Dialect::name).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Returns the dialect with this name.
	 * @param name the dialect name
	 * @return the dialect
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} for an unknown name
	 */
	public static Dialect named(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		return ALL.stream().filter((dialect) -> dialect.name().equals(wanted)).findFirst()
			.orElseThrow(() -> new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Unknown dialect '" + name
					+ "'; supported: " + supported()));
	}

	/**
	 * Finds the dialect of a JDBC URL without connecting.
	 * @param url the JDBC URL
	 * @return the dialect
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} for another database
	 */
	public static Dialect forUrl(String url) {
		String normalized = url.toLowerCase(Locale.ROOT);
		return ALL.stream().filter((dialect) -> dialect.recognizesUrl(normalized)).findFirst()
			.orElseThrow(() -> new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Cannot tell the dialect of '"
					+ DatabaseInfo.maskUrl(url) + "'; supported: " + supported()));
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
		return ALL.stream().filter((dialect) -> dialect.recognizesProduct(normalized)).findFirst()
			.orElseThrow(() -> new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Database '" + product
					+ "' is not supported; supported: " + supported()));
	}

	private static String supported() {
		return String.join(", ", names().stream().sorted().toList());
	}

}
