package dev.migrations.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A fresh, empty database for one test: a new SQLite file, or a new schema on a real PostgreSQL server. Closing it
 * drops what the test created.
 */
public abstract class TestDatabase implements AutoCloseable {

	/**
	 * Returns one fresh database of each kind: SQLite, then PostgreSQL.
	 * @return the databases, for {@code @MethodSource}
	 */
	public static Stream<TestDatabase> all() {
		return Stream.of(sqlite(), postgres());
	}

	/**
	 * Creates a fresh SQLite database file.
	 * @return the database
	 */
	public static TestDatabase sqlite() {
		return new Sqlite();
	}

	/**
	 * Creates a fresh schema on the test PostgreSQL server.
	 * @return the database
	 */
	public static TestDatabase postgres() {
		return new Postgres(PostgresServer.get());
	}

	/**
	 * Returns the dialect name: {@code sqlite} or {@code postgresql}.
	 * @return the name
	 */
	public abstract String dialect();

	/**
	 * Returns a JDBC URL that reaches this database (and, for PostgreSQL, its schema).
	 * @return the URL
	 */
	public abstract String url();

	/**
	 * Returns the user to connect as, or an empty string.
	 * @return the user
	 */
	public abstract String user();

	/**
	 * Returns the password to connect with, or an empty string.
	 * @return the password
	 */
	public abstract String password();

	/**
	 * Returns a DataSource that opens a new connection each time.
	 * @return the DataSource
	 */
	public abstract DataSource dataSource();

	/**
	 * Opens a connection.
	 * @return the connection
	 * @throws SQLException on a database error
	 */
	public Connection connect() throws SQLException {
		return dataSource().getConnection();
	}

	/**
	 * Returns the Spring properties that point an application at this database.
	 * @return {@code spring.datasource.*} properties as {@code key=value}
	 */
	public String[] springProperties() {
		return new String[] { "spring.datasource.url=" + url(), "spring.datasource.username=" + user(),
				"spring.datasource.password=" + password() };
	}

	@Override
	public String toString() {
		return dialect();
	}

	@Override
	public abstract void close();

	private static final class Sqlite extends TestDatabase {

		private final Path directory;

		private final Path file;

		Sqlite() {
			try {
				this.directory = Files.createTempDirectory("migrations-sqlite");
				this.file = this.directory.resolve("test.db");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String dialect() {
			return "sqlite";
		}

		@Override
		public String url() {
			return "jdbc:sqlite:" + this.file;
		}

		@Override
		public String user() {
			return "";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public DataSource dataSource() {
			SQLiteDataSource dataSource = new SQLiteDataSource();
			dataSource.setUrl(url());
			return dataSource;
		}

		@Override
		public void close() {
			try (Stream<Path> files = Files.list(this.directory)) {
				for (Path path : files.toList()) {
					Files.deleteIfExists(path);
				}
				Files.deleteIfExists(this.directory);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static final class Postgres extends TestDatabase {

		private final PostgresServer server;

		private final String schema;

		Postgres(PostgresServer server) {
			this.server = server;
			this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
			execute("CREATE SCHEMA " + this.schema);
		}

		@Override
		public String dialect() {
			return "postgresql";
		}

		@Override
		public String url() {
			String base = this.server.url();
			return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + this.schema;
		}

		@Override
		public String user() {
			return this.server.user();
		}

		@Override
		public String password() {
			return this.server.password();
		}

		/**
		 * Returns the schema this database lives in.
		 * @return the schema name
		 */
		String schema() {
			return this.schema;
		}

		@Override
		public DataSource dataSource() {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setURL(url());
			dataSource.setUser(user());
			dataSource.setPassword(password());
			return dataSource;
		}

		@Override
		public void close() {
			execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
		}

		private void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(this.server.url(), this.server.user(),
					this.server.password()); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot run '" + sql + "' on " + this.server.url(), ex);
			}
		}

	}

}
