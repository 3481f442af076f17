package dev.migrations.core.dialect;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.render.SchemaRenderer;
import dev.migrations.core.schema.render.SqliteRenderer;

/**
 * SQLite: transactional DDL, no schemas beyond attached databases, timestamps as ISO-8601 text, and a lock file
 * beside the database file that serialises processes (the operating system frees it when a process dies) and says
 * which process holds it.
 */
public final class SqliteDialect implements Dialect {

	private static final Logger logger = LoggerFactory.getLogger(SqliteDialect.class);

	private static final long POLL_MILLIS = 50;

	private static final Path KERNEL_HOST_NAME = Path.of("/proc/sys/kernel/hostname");

	private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	@Override
	public String name() {
		return "sqlite";
	}

	@Override
	public SchemaRenderer renderer() {
		return Renderer.INSTANCE;
	}

	// SQLite has one error code for every SQL error; its message says "table x already exists" (or index, trigger, view)
	@Override
	public boolean alreadyExists(SQLException error) {
		return String.valueOf(error.getMessage()).contains("already exists");
	}

	@Override
	public boolean recognizesUrl(String url) {
		return url.startsWith("jdbc:sqlite:");
	}

	@Override
	public boolean recognizesProduct(String product) {
		return product.contains("sqlite");
	}

	@Override
	public List<SqlStatement> split(String sql) {
		return Splitter.INSTANCE.split(sql);
	}

	@Override
	public boolean tableExists(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		String master = (schema != null) ? quote(schema) + ".sqlite_master" : "sqlite_master";
		return CatalogQuery.returnsRow(connection, "SELECT 1 FROM " + master + " WHERE type = 'table' AND name = ?",
				table.name());
	}

	@Override
	public boolean[] tablesExist(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier first,
			SqlIdentifier second) throws SQLException {
		String master = (schema != null) ? quote(schema) + ".sqlite_master" : "sqlite_master";
		List<String> found = CatalogQuery.plainStrings(connection, "SELECT name FROM " + master
				+ " WHERE type = 'table' AND name IN (" + literal(first.name()) + ", " + literal(second.name()) + ")");
		return new boolean[] { found.contains(first.name()), found.contains(second.name()) };
	}

	// SQLite's own tables (sqlite_sequence, sqlite_stat1) are not the application's.
	@Override
	public List<String> tableNames(Connection connection, @Nullable SqlIdentifier schema) throws SQLException {
		String master = (schema != null) ? quote(schema) + ".sqlite_master" : "sqlite_master";
		return CatalogQuery.strings(connection, "SELECT name FROM " + master
				+ " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
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
		statement.setString(index, (instant != null) ? InstantText.of(instant) : null);
	}

	@Override
	public @Nullable Instant getTimestamp(ResultSet result, int index) throws SQLException {
		String value = result.getString(index);
		return (value != null) ? Instant.parse(value) : null;
	}

	// Two locks: a ReentrantLock per lock file for the threads of this process (FileChannel locks are held by the
	// whole process), then an OS file lock on the lock file for other processes, which the OS frees when a process
	// dies. The holder writes who it is into the file, for the waiters' messages.
	@Override
	public MigrationLock lock(Connection connection, ConnectionSource connections, String name, Duration timeout)
			throws SQLException {
		Path file = databaseFile(connection);
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		if (file == null) {
			ReentrantLock threads = IN_PROCESS.computeIfAbsent(":memory:" + name, (key) -> new ReentrantLock());
			lockThreads(threads, "the in-memory database", timeout);
			return threads::unlock;
		}
		Path lockFile = lockFile(file);
		ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile.toString(), (key) -> new ReentrantLock());
		lockThreads(threads, lockFile.toString(), timeout);
		try {
			MigrationLock held = lockFile(lockFile, start, deadline, timeout);
			return () -> {
				try {
					held.close();
				}
				finally {
					threads.unlock();
				}
			};
		}
		catch (RuntimeException ex) {
			threads.unlock();
			throw ex;
		}
	}

	private static Path lockFile(Path databaseFile) {
		Path absolute = databaseFile.toAbsolutePath().normalize();
		try {
			absolute = absolute.toRealPath();
		}
		catch (IOException ex) {
			// Not created yet: the normalised path names it well enough.
		}
		return absolute.resolveSibling(absolute.getFileName() + ".migrations.lock");
	}

	private static void lockThreads(ReentrantLock threads, String what, Duration timeout) {
		try {
			if (!threads.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw timeout(what, timeout, "another thread of this process");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock "
					+ what, ex);
		}
	}

	private static MigrationLock lockFile(Path lockFile, long start, long deadline, Duration timeout) {
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			boolean waited = false;
			while ((lock = channel.tryLock()) == null) {
				if (System.nanoTime() - deadline > 0) {
					throw timeout(lockFile.toString(), timeout, holder(lockFile));
				}
				if (!waited) {
					waited = true;
					logger.info("Waiting for the migration lock {}, held by {}", lockFile, holder(lockFile));
				}
				Thread.sleep(POLL_MILLIS);
			}
			if (waited) {
				logger.info("Took the migration lock {} after waiting {} ms", lockFile,
						Duration.ofNanos(System.nanoTime() - start).toMillis());
			}
			writeHolder(channel);
			FileChannel open = channel;
			FileLock held = lock;
			return () -> release(open, held);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(channel);
			if (ex instanceof MigrationsException migrationsException) {
				throw migrationsException;
			}
			throw new MigrationsException(ErrorCode.DATABASE_ERROR,
					"Cannot take the migration lock file " + lockFile + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			closeQuietly(channel);
			Thread.currentThread().interrupt();
			throw new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for " + lockFile, ex);
		}
	}

	// Not forced to disk: waiters read it through the page cache, and after a crash nobody holds the lock. Syncing it
	// cost every SQLite command an fsync.
	private static void writeHolder(FileChannel channel) throws IOException {
		ProcessHandle self = ProcessHandle.current();
		String holder = "pid " + self.pid() + " on " + hostName() + ", since " + InstantText.of(Instant.now()) + "\n";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
	}

	private static void release(FileChannel channel, FileLock lock) {
		try {
			channel.truncate(0);
			lock.release();
		}
		catch (IOException ex) {
			// Closing the channel, next, releases the lock anyway, as does the end of the process.
		}
		finally {
			closeQuietly(channel);
		}
	}

	private static String holder(Path lockFile) {
		try {
			String content = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
			return content.isEmpty() ? "another process, which has not said who it is yet" : content;
		}
		catch (IOException | RuntimeException ex) {
			return "another process (cannot read " + lockFile + ": " + ex.getMessage() + ")";
		}
	}

	// Linux's host name without the address lookup that InetAddress.getLocalHost adds (milliseconds, longer where the
	// name does not resolve); elsewhere that lookup.
	private static String hostName() {
		try {
			String name = Files.readString(KERNEL_HOST_NAME, StandardCharsets.UTF_8).strip();
			if (!name.isEmpty()) {
				return name;
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux, or no /proc.
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "an unknown host";
		}
	}

	private static void closeQuietly(@Nullable FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Nothing left to release.
			}
		}
	}

	private static MigrationsException timeout(String lock, Duration timeout, String holder) {
		return new MigrationsException(ErrorCode.LOCK_TIMEOUT, "Timed out after " + timeout.toMillis()
				+ " ms waiting for the migration lock " + lock + ", held by " + holder
				+ "; wait for that migration to finish, or raise the lock timeout");
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

	// Created on first use: a check at head renders and splits nothing, and so loads neither.
	// Each made on first use, apart: a check at head needs neither, a revision of SQL sections needs the splitter only.
	private static final class Renderer {

		static final SchemaRenderer INSTANCE = new SqliteRenderer();

	}

	private static final class Splitter {

		static final StatementSplitter INSTANCE = new StatementSplitter(StatementSyntax.SQLITE, () -> SQLiteParser::new);

	}

}
