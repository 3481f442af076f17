package dev.migrations.core.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.render.SchemaRenderer;
import dev.migrations.core.schema.render.PostgresRenderer;

/**
 * PostgreSQL: transactional DDL, schemas, and a session-level advisory lock that the server frees when a migrating
 * process dies.
 */
public final class PostgresDialect implements Dialect {

	// duplicate_table (also an index or a sequence) and duplicate_object (a constraint, a type)
	private static final Set<String> ALREADY_EXISTS = Set.of("42P07", "42710");

	private static final Logger logger = LoggerFactory.getLogger(PostgresDialect.class);

	private static final long POLL_MILLIS = 100;

	private static final long CLIENT_CHECK_MILLIS = 1000;

	private static final Instant FIRST_TEXT_INSTANT = Instant.ofEpochSecond(-62_135_596_800L);

	private static final Instant END_TEXT_INSTANT = Instant.ofEpochSecond(253_402_300_800L).minusNanos(500);

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public SchemaRenderer renderer() {
		return Renderer.INSTANCE;
	}

	@Override
	public boolean alreadyExists(SQLException error) {
		return ALREADY_EXISTS.contains(error.getSQLState());
	}

	// pgjdbc binds an OffsetDateTime through a TimestampUtils the statement builds for it (calendars; the first one also
	// loads time-zone and locale data): the largest cold cost of an apply's history rows. The server reads the ISO text,
	// untyped, into the same timestamptz; years outside 1-9999, which that text cannot carry, keep the driver's binding.
	@Override
	public void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
		if (instant == null || instant.isBefore(FIRST_TEXT_INSTANT) || !instant.isBefore(END_TEXT_INSTANT)) {
			Dialect.super.setTimestamp(statement, index, instant);
			return;
		}
		statement.setObject(index, InstantText.ofMicros(instant), Types.OTHER);
	}

	@Override
	public boolean recognizesUrl(String url) {
		return url.startsWith("jdbc:postgresql:");
	}

	@Override
	public boolean recognizesProduct(String product) {
		return product.contains("postgres");
	}

	@Override
	public List<SqlStatement> split(String sql) {
		return Splitter.INSTANCE.split(sql);
	}

	@Override
	public boolean tableExists(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		return exist(connection, "SELECT to_regclass(" + literal(qualify(schema, table)) + ") IS NOT NULL", 1)[0];
	}

	@Override
	public boolean[] tablesExist(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier first,
			SqlIdentifier second) throws SQLException {
		return exist(connection, "SELECT to_regclass(" + literal(qualify(schema, first)) + ") IS NOT NULL, to_regclass("
				+ literal(qualify(schema, second)) + ") IS NOT NULL", 2);
	}

	// A plain statement with the names as literals (identifiers hold no quote or backslash): the check at head then
	// needs none of the driver's prepared-statement classes.
	private static boolean[] exist(Connection connection, String sql, int count) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			boolean[] exist = new boolean[count];
			for (int i = 0; i < exist.length; i++) {
				exist[i] = result.getBoolean(i + 1);
			}
			return exist;
		}
	}

	@Override
	public String identityColumn() {
		return "BIGSERIAL PRIMARY KEY";
	}

	// Polls pg_try_advisory_lock instead of blocking in pg_advisory_lock: a waiter then holds no long-running
	// statement, so CREATE INDEX CONCURRENTLY in the holder never waits for the waiter's snapshot.
	@Override
	public MigrationLock lock(Connection connection, ConnectionSource connections, String name, Duration timeout)
			throws SQLException {
		long key = key(name);
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		boolean waited = false;
		while (!tryLock(connection, key)) {
			if (System.nanoTime() - deadline > 0) {
				throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Timed out after " + timeout.toMillis()
						+ " ms waiting for the migration lock on " + name + ", held by " + holder(connection, key)
						+ "; wait for that migration to finish, or raise the lock timeout");
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
		boolean checking = checkClientConnection(connection);
		return () -> unlock(connection, key, checking);
	}

	private static boolean tryLock(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	// A killed client's backend keeps running its statement (and holding the lock and the transaction) until the
	// statement ends, unless the server checks the socket while it runs (PostgreSQL 14 and later, on Linux).
	private static boolean checkClientConnection(Connection connection) {
		try {
			if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
				return false;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET client_connection_check_interval = " + CLIENT_CHECK_MILLIS);
			}
			return true;
		}
		catch (SQLException ex) {
			logger.debug("Cannot set client_connection_check_interval: {}", ex.getMessage());
			return false;
		}
	}

	// Released explicitly because a pool keeps the session open after close(); when the release fails, the physical
	// connection is aborted so that the server ends the session, and with it the lock.
	private static void unlock(Connection connection, long key, boolean resetCheck) {
		try (Statement statement = connection.createStatement()) {
			if (resetCheck) {
				statement.execute("RESET client_connection_check_interval");
			}
			try (ResultSet result = statement.executeQuery("SELECT pg_advisory_unlock(" + key + ")")) {
				result.next();
				if (!result.getBoolean(1)) {
					logger.warn("The migration lock {} was not held by this session when released", key);
				}
			}
		}
		catch (SQLException ex) {
			logger.warn("Cannot release the migration lock ({}); closing the connection to free it", ex.getMessage());
			try {
				connection.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException abortFailure) {
				logger.debug("Cannot abort the connection: {}", abortFailure.getMessage());
			}
		}
	}

	private static String holder(Connection connection, long key) throws SQLException {
		String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start, a.state, a.state_change"
				+ " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory'"
				+ " AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return "a session that has just released it";
				}
				String client = result.getString(3);
				return "pid " + result.getInt(1) + " (application '" + result.getString(2) + "', client "
						+ ((client != null) ? client : "local socket") + ", connected since " + result.getString(4)
						+ ", " + result.getString(5) + " since " + result.getString(6) + ")";
			}
		}
	}

	static long key(String name) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : ("migrations:" + name).getBytes(StandardCharsets.UTF_8)) {
			hash ^= b;
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	// Created on first use: a check at head renders and splits nothing, and so loads neither.
	// Each made on first use, apart: a check at head needs neither, a revision of SQL sections needs the splitter only.
	private static final class Renderer {

		static final SchemaRenderer INSTANCE = new PostgresRenderer();

	}

	private static final class Splitter {

		static final StatementSplitter INSTANCE = new StatementSplitter(StatementSyntax.STANDARD,
				() -> PostgreSQLParser::new);

	}

}
