package dev.migrations.core.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.database.mysql.MySQLParser;
import org.flywaydb.database.mysql.mariadb.MariaDBParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.render.MysqlRenderer;
import dev.migrations.core.schema.render.SchemaRenderer;

/**
 * MySQL 8 and MariaDB 10.6+, one class for the two: each DDL statement commits by itself, identifiers are quoted
 * with backticks, a schema is a database, times are stored as UTC {@code DATETIME(6)}, and concurrent migrations
 * are kept apart by a named session lock ({@code GET_LOCK}) on the migration connection, which the server frees
 * when the connection ends. They differ in name, recognition and Flyway's parser (MariaDB's knows
 * {@code BEGIN NOT ATOMIC}).
 */
public final class MysqlDialect implements Dialect {

	private static final Logger logger = LoggerFactory.getLogger(MysqlDialect.class);

	private static final long POLL_MILLIS = 100;

	// GET_LOCK names are at most 64 characters on MySQL.
	private static final int MAX_LOCK_NAME = 64;

	private final String name;

	private MysqlDialect(String name) {
		this.name = name;
	}

	/**
	 * Returns the MySQL dialect.
	 * @return the dialect named {@code mysql}
	 */
	public static MysqlDialect mysql() {
		return new MysqlDialect("mysql");
	}

	/**
	 * Returns the MariaDB dialect.
	 * @return the dialect named {@code mariadb}
	 */
	public static MysqlDialect mariadb() {
		return new MysqlDialect("mariadb");
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public SchemaRenderer renderer() {
		return this.name.equals("mariadb") ? Renderers.MARIADB : Renderers.MYSQL;
	}

	// Connector/J also takes DNS SRV URLs, jdbc:mysql+srv:.
	@Override
	public boolean recognizesUrl(String url) {
		return url.startsWith("jdbc:" + this.name + ":") || url.startsWith("jdbc:" + this.name + "+srv:");
	}

	@Override
	public boolean recognizesProduct(String product) {
		return product.contains(this.name);
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	// ER_TABLE_EXISTS_ERROR (1050) and ER_DUP_KEYNAME (1061, an index)
	@Override
	public boolean alreadyExists(SQLException error) {
		return error.getErrorCode() == 1050 || error.getErrorCode() == 1061;
	}

	@Override
	public String quote(SqlIdentifier identifier) {
		return '`' + identifier.name() + '`';
	}

	// Backslashes escape in MySQL's strings (unless NO_BACKSLASH_ESCAPES is set): doubled, each reads as one.
	@Override
	public String literal(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	// A body with semicolons (a procedure, a trigger) needs another delimiter in the mysql client, as in the revision.
	@Override
	public String scriptStatement(String sql) {
		return sql.contains(";") ? "DELIMITER //\n" + sql + "\n//\nDELIMITER ;" : sql + ";";
	}

	@Override
	public List<SqlStatement> split(String sql) {
		return (this.name.equals("mariadb") ? Splitters.MARIADB : Splitters.MYSQL).split(sql);
	}

	@Override
	public boolean tableExists(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		return CatalogQuery.returnsRow(connection, "SELECT 1 FROM information_schema.tables"
				+ " WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
				(schema != null) ? schema.name() : null, table.name());
	}

	// A schema is a database: the JDBC drivers report it as the catalog, not the schema.
	@Override
	public List<String> tableNames(Connection connection, @Nullable SqlIdentifier schema) throws SQLException {
		return CatalogQuery.strings(connection, "SELECT table_name FROM information_schema.tables"
				+ " WHERE table_schema = COALESCE(?, DATABASE()) AND table_type = 'BASE TABLE' ORDER BY table_name",
				(schema != null) ? schema.name() : null);
	}

	@Override
	public List<String> createSchema(SqlIdentifier schema) {
		return List.of("CREATE DATABASE IF NOT EXISTS " + quote(schema));
	}

	@Override
	public String identityColumn() {
		return "BIGINT AUTO_INCREMENT PRIMARY KEY";
	}

	@Override
	public String timestampType() {
		return "DATETIME(6)";
	}

	@Override
	public String currentTimestampSql() {
		return "UTC_TIMESTAMP(6)";
	}

	@Override
	public String currentUserSql() {
		return "CURRENT_USER()";
	}

	@Override
	public void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
		statement.setObject(index, (instant != null) ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : null);
	}

	@Override
	public @Nullable Instant getTimestamp(ResultSet result, int index) throws SQLException {
		LocalDateTime value = result.getObject(index, LocalDateTime.class);
		return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
	}

	@Override
	public String lockName(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		String effective = (schema != null) ? schema.name() : connection.getCatalog();
		return (effective != null && !effective.isEmpty()) ? effective + "." + table.name() : table.name();
	}

	// Polls GET_LOCK with no wait, like PostgreSQL's advisory lock: the timeout is honoured to the poll, and the
	// waiter can say who holds the lock.
	@Override
	public MigrationLock lock(Connection connection, ConnectionSource connections, String name, Duration timeout)
			throws SQLException {
		String key = key(name);
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		boolean waited = false;
		while (!tryLock(connection, key)) {
			if (System.nanoTime() - deadline > 0) {
				throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Timed out after " + timeout.toMillis()
						+ " ms waiting for the migration lock on " + name + " (GET_LOCK('" + key + "')), held by "
						+ holder(connection, key) + "; wait for that migration to finish, or raise the lock timeout");
			}
			if (!waited) {
				waited = true;
				logger.info("Waiting for the migration lock on {}, held by {}", name, holder(connection, key));
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new MigrationsException(ErrorCode.LOCK_TIMEOUT,
						"Interrupted while waiting for the migration lock on " + name, ex);
			}
		}
		if (waited) {
			logger.info("Took the migration lock on {} after waiting {} ms", name,
					Duration.ofNanos(System.nanoTime() - start).toMillis());
		}
		return () -> unlock(connection, key);
	}

	private static boolean tryLock(Connection connection, String key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
			statement.setString(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) == 1;
			}
		}
	}

	private static void unlock(Connection connection, String key) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
			statement.setString(1, key);
			statement.executeQuery().close();
		}
		catch (SQLException ex) {
			// The server frees the lock when the connection closes, which follows.
			logger.debug("Cannot release the migration lock {}: {}", key, ex.getMessage());
		}
	}

	private static String holder(Connection connection, String key) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT p.id, p.user, p.host FROM"
				+ " information_schema.processlist p WHERE p.id = IS_USED_LOCK(?)")) {
			statement.setString(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? "connection " + result.getLong(1) + " (" + result.getString(2) + "@"
						+ result.getString(3) + ")" : "another connection, which has just released it";
			}
		}
		catch (SQLException ex) {
			return "another connection (" + ex.getMessage() + ")";
		}
	}

	// The name as GET_LOCK takes it: readable when short enough, else its start and a hash.
	static String key(String name) {
		String key = "migrations:" + name;
		if (key.length() <= MAX_LOCK_NAME) {
			return key;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			String suffix = ":" + HexFormat.of().formatHex(hash, 0, 8);
			return key.substring(0, MAX_LOCK_NAME - suffix.length()) + suffix;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JDK", ex);
		}
	}

	// Created on first use: a check at head renders and splits nothing, and an application on another database never
	// uses them.
	// Each made on first use, apart: a check at head needs neither, a revision of SQL sections needs the splitter only.
	private static final class Renderers {

		static final SchemaRenderer MYSQL = new MysqlRenderer("mysql");

		static final SchemaRenderer MARIADB = new MysqlRenderer("mariadb");

	}

	private static final class Splitters {

		static final StatementSplitter MYSQL = new StatementSplitter(StatementSyntax.MYSQL, () -> MySQLParser::new);

		static final StatementSplitter MARIADB = new StatementSplitter(StatementSyntax.MYSQL, () -> MariaDBParser::new);

	}

}
