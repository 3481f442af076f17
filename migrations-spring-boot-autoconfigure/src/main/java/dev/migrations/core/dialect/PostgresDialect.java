package dev.migrations.core.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * PostgreSQL: transactional DDL, schemas, and a session-level advisory lock that the server frees when a migrating
 * process dies.
 */
public final class PostgresDialect implements Dialect {

	private static final long POLL_MILLIS = 100;

	private final FlywayStatementSplitter splitter = new FlywayStatementSplitter(PostgreSQLParser::new);

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public List<SqlStatement> split(String sql) {
		return this.splitter.split(sql);
	}

	@Override
	public boolean tableExists(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			statement.setString(1, qualify(schema, table));
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	@Override
	public List<String> createSchema(SqlIdentifier schema) {
		return List.of("CREATE SCHEMA IF NOT EXISTS " + schema.quoted());
	}

	@Override
	public String identityColumn() {
		return "BIGSERIAL PRIMARY KEY";
	}

	@Override
	public String timestampType() {
		return "TIMESTAMP WITH TIME ZONE";
	}

	@Override
	public String currentTimestampSql() {
		return "CURRENT_TIMESTAMP";
	}

	@Override
	public String currentUserSql() {
		return "CURRENT_USER";
	}

	@Override
	public void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
		statement.setObject(index, (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null);
	}

	@Override
	public @Nullable Instant getTimestamp(ResultSet result, int index) throws SQLException {
		OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	// Polls pg_try_advisory_lock instead of blocking in pg_advisory_lock: a waiter then holds no long-running
	// statement, so CREATE INDEX CONCURRENTLY in the holder never waits for the waiter's snapshot.
	@Override
	public MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
		long key = key(name);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!tryLock(connection, key)) {
			if (System.nanoTime() > deadline) {
				throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Timed out after " + timeout.toMillis()
						+ " ms waiting for the migration lock on '" + name + "', held by " + holder(connection, key)
						+ "; wait for that migration to finish, or raise migrations.lock-timeout");
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock", ex);
			}
		}
		return () -> unlock(connection, key);
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

	private static void unlock(Connection connection, long key) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, key);
			statement.execute();
		}
		catch (SQLException ex) {
			// The server frees session locks when the connection closes, which follows.
		}
	}

	private static String holder(Connection connection, long key) throws SQLException {
		String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l"
				+ " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
				+ " AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return "a session that has just released it";
				}
				return "pid " + result.getInt(1) + " (application '" + result.getString(2) + "', client "
						+ result.getString(3) + ", connected since " + result.getString(4) + ")";
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

}
