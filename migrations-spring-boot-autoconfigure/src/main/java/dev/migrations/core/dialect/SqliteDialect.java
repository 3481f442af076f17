package dev.migrations.core.dialect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.flywaydb.core.internal.database.sqlite.SQLiteParser;
import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * SQLite: transactional DDL, no schemas beyond attached databases, timestamps as ISO-8601 text, and a lock file
 * beside the database file that serialises processes (the operating system frees it when a process dies).
 */
public final class SqliteDialect implements Dialect {

	private static final long POLL_MILLIS = 50;

	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private final FlywayStatementSplitter splitter = new FlywayStatementSplitter(SQLiteParser::new);

	@Override
	public String name() {
		return "sqlite";
	}

	@Override
	public List<SqlStatement> split(String sql) {
		return this.splitter.split(sql);
	}

	@Override
	public boolean tableExists(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		String master = (schema != null) ? schema.quoted() + ".sqlite_master" : "sqlite_master";
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT 1 FROM " + master + " WHERE type = 'table' AND name = ?")) {
			statement.setString(1, table.name());
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	@Override
	public List<String> createSchema(SqlIdentifier schema) {
		return List.of();
	}

	@Override
	public String identityColumn() {
		return "INTEGER PRIMARY KEY AUTOINCREMENT";
	}

	@Override
	public String timestampType() {
		return "TEXT";
	}

	@Override
	public String currentTimestampSql() {
		return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
	}

	@Override
	public String currentUserSql() {
		return "'offline'";
	}

	@Override
	public void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
		statement.setString(index, (instant != null) ? instant.toString() : null);
	}

	@Override
	public @Nullable Instant getTimestamp(ResultSet result, int index) throws SQLException {
		String value = result.getString(index);
		return (value != null) ? Instant.parse(value) : null;
	}

	@Override
	public MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
		Path file = databaseFile(connection);
		if (file == null) {
			return () -> {
			};
		}
		Path lockFile = file.resolveSibling(file.getFileName() + ".migrations.lock");
		long deadline = System.nanoTime() + timeout.toNanos();
		ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
				(key) -> new ReentrantLock());
		try {
			if (!threads.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw timeout(lockFile, timeout, "another thread of this process");
			}
			return lockFile(lockFile, deadline, timeout, threads);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for " + lockFile, ex);
		}
	}

	private static MigrationLock lockFile(Path lockFile, long deadline, Duration timeout, ReentrantLock threads)
			throws InterruptedException {
		try {
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			while ((lock = channel.tryLock()) == null) {
				if (System.nanoTime() > deadline) {
					channel.close();
					throw timeout(lockFile, timeout, "another process");
				}
				Thread.sleep(POLL_MILLIS);
			}
			FileLock held = lock;
			return () -> {
				try {
					held.release();
					channel.close();
				}
				catch (IOException ex) {
					// Closing the channel or ending the process releases the lock anyway.
				}
				finally {
					threads.unlock();
				}
			};
		}
		catch (IOException | RuntimeException ex) {
			threads.unlock();
			if (ex instanceof MigrationsException migrationsException) {
				throw migrationsException;
			}
			throw new MigrationsException(ErrorCode.DATABASE_ERROR,
					"Cannot take the migration lock file " + lockFile + ": " + ex.getMessage(), ex);
		}
	}

	private static MigrationsException timeout(Path lockFile, Duration timeout, String holder) {
		return new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Timed out after " + timeout.toMillis()
				+ " ms waiting for the migration lock " + lockFile + ", held by " + holder
				+ "; wait for that migration to finish, or raise migrations.lock-timeout");
	}

	private static @Nullable Path databaseFile(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA database_list")) {
			while (result.next()) {
				if ("main".equals(result.getString("name"))) {
					String file = result.getString("file");
					return (file == null || file.isEmpty()) ? null : Path.of(file);
				}
			}
			return null;
		}
	}

}
