package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.migrations.benchmarks.contestant.DatabaseKind;

/**
 * A fresh, empty database for one contestant's run: a new SQLite file, or a new PostgreSQL database with a unique
 * name. Closing it deletes the file or drops the database.
 */
public abstract sealed class ScratchDatabase implements AutoCloseable {

	/**
	 * Returns the kind of database.
	 * @return the kind
	 */
	public abstract DatabaseKind kind();

	/**
	 * Returns the JDBC URL of this database, for the JVM contestants.
	 * @return the URL
	 */
	public abstract String url();

	/**
	 * Returns the command line with which the database's own client runs a script.
	 * @param script the SQL script
	 * @return the command
	 */
	public abstract List<String> cliCommand(Path script);

	/**
	 * Counts the workload's tables and indexes, to check that a contestant did the work.
	 * @return the number of {@code t_*} tables plus {@code ix_t_*} indexes
	 * @throws SQLException on a database error
	 */
	public abstract int workloadObjects() throws SQLException;

	@Override
	public abstract void close() throws SQLException, IOException;

	/**
	 * Fails unless the workload's tables and indexes are there as many times as expected.
	 * @param who the contestant or variant that ran, for the message
	 * @param when what it ran, such as {@code after apply} or {@code at startup}
	 * @param expected how many {@link #workloadObjects()} there should be
	 * @throws SQLException on a database error
	 */
	public void requireWorkloadObjects(String who, String when, int expected) throws SQLException {
		int found = workloadObjects();
		if (found != expected) {
			throw new IllegalStateException(who + " left " + found + " workload tables and indexes " + when + " on "
					+ kind().label() + ", expected " + expected);
		}
	}

	/**
	 * Creates a fresh database of a kind: a SQLite file in the work directory's {@code sqlite}, or a PostgreSQL
	 * database on the configured server.
	 * @param kind the kind
	 * @param options the driver's settings
	 * @return the database
	 * @throws SQLException when the PostgreSQL database cannot be created
	 * @throws IOException when the SQLite directory cannot be created
	 */
	public static ScratchDatabase create(DatabaseKind kind, Options options) throws SQLException, IOException {
		return (kind == DatabaseKind.SQLITE)
				? ScratchDatabase.sqlite(Files.createDirectories(options.work().resolve("sqlite")))
				: ScratchDatabase.postgres(options.postgres());
	}

	/**
	 * Creates a new SQLite database file.
	 * @param directory where to create it
	 * @return the database
	 */
	public static ScratchDatabase sqlite(Path directory) {
		return new Sqlite(directory.resolve("bench-" + UUID.randomUUID() + ".db"));
	}

	/**
	 * Creates a new PostgreSQL database on a server.
	 * @param server the server
	 * @return the database
	 * @throws SQLException when it cannot be created
	 */
	public static ScratchDatabase postgres(PostgresServer server) throws SQLException {
		String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return new Postgres(server, name);
	}

	static int count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	/**
	 * Where the PostgreSQL server is.
	 *
	 * @param host the host
	 * @param port the port
	 * @param user the user, with trust or a password in {@code PGPASSWORD}
	 */
	public record PostgresServer(String host, int port, String user) {

		/**
		 * Returns the JDBC URL of one of the server's databases.
		 * @param database the database name
		 * @return the URL, with the user
		 */
		public String url(String database) {
			String password = System.getenv("PGPASSWORD");
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database + "?user=" + this.user
					+ ((password != null) ? "&password=" + password : "");
		}

		Connection connect(String database) throws SQLException {
			return DriverManager.getConnection(url(database));
		}

		/**
		 * Whether the server accepts connections.
		 * @return {@code true} when it does
		 */
		public boolean isAvailable() {
			try (Connection connection = connect("postgres")) {
				return true;
			}
			catch (SQLException ex) {
				return false;
			}
		}

	}

	static final class Sqlite extends ScratchDatabase {

		private final Path file;

		Sqlite(Path file) {
			this.file = file;
		}

		@Override
		public DatabaseKind kind() {
			return DatabaseKind.SQLITE;
		}

		@Override
		public String url() {
			return "jdbc:sqlite:" + this.file;
		}

		@Override
		public List<String> cliCommand(Path script) {
			return List.of("sqlite3", "-bail", this.file.toString(), ".read " + script);
		}

		@Override
		public int workloadObjects() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url())) {
				return count(connection, "SELECT count(*) FROM sqlite_master WHERE (type = 'table' AND name LIKE 't\\_%'"
						+ " ESCAPE '\\') OR (type = 'index' AND name LIKE 'ix\\_t\\_%' ESCAPE '\\')");
			}
		}

		@Override
		public void close() throws IOException {
			for (String suffix : List.of("", "-journal", "-wal", "-shm", ".migrations.lock")) {
				Files.deleteIfExists(Path.of(this.file + suffix));
			}
		}

	}

	static final class Postgres extends ScratchDatabase {

		private final PostgresServer server;

		private final String name;

		Postgres(PostgresServer server, String name) {
			this.server = server;
			this.name = name;
		}

		@Override
		public DatabaseKind kind() {
			return DatabaseKind.POSTGRESQL;
		}

		@Override
		public String url() {
			return this.server.url(this.name);
		}

		@Override
		public List<String> cliCommand(Path script) {
			return List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", this.server.host(), "-p",
					String.valueOf(this.server.port()), "-U", this.server.user(), "-d", this.name, "-f",
					script.toString());
		}

		@Override
		public int workloadObjects() throws SQLException {
			try (Connection connection = this.server.connect(this.name)) {
				return count(connection, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
						+ " WHERE n.nspname = 'public' AND ((c.relkind = 'r' AND c.relname LIKE 't\\_%')"
						+ " OR (c.relkind = 'i' AND c.relname LIKE 'ix\\_t\\_%'))");
			}
		}

		@Override
		public void close() throws SQLException {
			try (Connection connection = this.server.connect("postgres");
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
			}
		}

	}

}
