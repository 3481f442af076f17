package dev.migrations.core.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * An in-memory database of its own that {@code check --offline} replays the revisions into: SQLite or H2, through
 * their JDBC drivers. One connection stays open for its life, since an in-memory database lives as long as a
 * connection to it does.
 */
final class ScratchDatabase implements DataSource, AutoCloseable {

	private final String url;

	private final Connection keeper;

	private ScratchDatabase(String url, Connection keeper) {
		this.url = url;
		this.keeper = keeper;
	}

	/**
	 * Whether a dialect has an in-memory database to replay into.
	 * @param dialect the dialect name
	 * @return {@code true} for SQLite and H2
	 */
	static boolean available(String dialect) {
		return url(dialect) != null;
	}

	static ScratchDatabase open(String dialect) {
		String url = url(dialect);
		if (url == null) {
			throw new IllegalArgumentException("no in-memory database for " + dialect);
		}
		try {
			return new ScratchDatabase(url, DriverManager.getConnection(url));
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "check --offline replays the revisions into an"
					+ " in-memory " + dialect + " database, which could not be opened (" + ex.getMessage() + "); put"
					+ " the " + dialect + " JDBC driver on the classpath", ex);
		}
	}

	private static @Nullable String url(String dialect) {
		String name = "migrations_check_" + UUID.randomUUID().toString().replace("-", "");
		return switch (dialect.toLowerCase(Locale.ROOT)) {
			case "sqlite" -> "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared";
			case "h2" -> "jdbc:h2:mem:" + name;
			default -> null;
		};
	}

	@Override
	public Connection getConnection() throws SQLException {
		return DriverManager.getConnection(this.url);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	@Override
	public void close() {
		try {
			this.keeper.close();
		}
		catch (SQLException ex) {
			// The database goes with the connection; nothing is left to clean up.
		}
	}

	@Override
	public @Nullable PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(@Nullable PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		throw new SQLException("not a wrapper");
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return false;
	}

}
