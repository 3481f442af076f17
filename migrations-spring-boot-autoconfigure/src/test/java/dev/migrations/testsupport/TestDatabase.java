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

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty database for one test: a new SQLite file, a new schema on a real PostgreSQL server, a new in-memory
 * H2 database, or a new database on a real MariaDB or MySQL server. Closing it drops what the test created.
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
	 * Returns one fresh database of each kind and dialect the suites that matter most run on: SQLite, PostgreSQL, H2
	 * and MariaDB. The databases without transactional DDL (H2, MariaDB) cost time, so the other suites use
	 * {@link #all()}.
	 * @return the databases, for {@code @MethodSource}
	 */
	public static Stream<TestDatabase> every() {
		return Stream.of(sqlite(), postgres(), h2(), mariadb());
	}

	/**
	 * Creates a fresh database of a dialect, for a reference to compare a database of that kind with.
	 * @param dialect the dialect name, as {@link #dialect()} returns it
	 * @return the database
	 */
	public static TestDatabase of(String dialect) {
		return switch (dialect) {
			case "sqlite" -> sqlite();
			case "postgresql" -> postgres();
			case "h2" -> h2();
			case "mariadb" -> mariadb();
			case "mysql" -> mysql();
			default -> throw new IllegalArgumentException("No test database for " + dialect);
		};
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
	 * Creates a fresh in-memory H2 database, kept until it is closed.
	 * @return the database
	 */
	public static TestDatabase h2() {
		return new H2();
	}

	/**
	 * Creates a fresh database on the test MySQL or MariaDB server, reached with MariaDB's driver: the
	 * {@code mariadb} dialect.
	 * @return the database
	 */
	public static TestDatabase mariadb() {
		return new Mysql(MysqlServer.get(), "mariadb");
	}

	/**
	 * Creates a fresh database on the test MySQL or MariaDB server, reached with MySQL's Connector/J: the
	 * {@code mysql} dialect.
	 * @return the database
	 */
	public static TestDatabase mysql() {
		return new Mysql(MysqlServer.get(), "mysql");
	}

	/**
	 * Returns the dialect name: {@code sqlite}, {@code postgresql}, {@code h2}, {@code mariadb} or {@code mysql}.
	 * @return the name
	 */
	public abstract String dialect();

	/**
	 * Whether DDL is transactional here, so that a failed revision rolls back: not on H2, MariaDB and MySQL.
	 * @return {@code true} for SQLite and PostgreSQL
	 */
	public boolean transactionalDdl() {
		return true;
	}

	/**
	 * Quotes an identifier for this database's SQL, for tests that write their own.
	 * @param name the identifier
	 * @return the quoted identifier
	 */
	public String quote(String name) {
		return '"' + name + '"';
	}

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

	private static String uniqueName() {
		return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
	}

	private static final class H2 extends TestDatabase {

		private final String name = uniqueName();

		// Kept open so that the in-memory database lives until close(), whatever the connections of the test do.
		private final Connection keeper;

		H2() {
			try {
				this.keeper = DriverManager.getConnection(url(), user(), password());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create " + url(), ex);
			}
		}

		@Override
		public String dialect() {
			return "h2";
		}

		@Override
		public boolean transactionalDdl() {
			return false;
		}

		@Override
		public String url() {
			return "jdbc:h2:mem:" + this.name + ";DB_CLOSE_DELAY=-1";
		}

		@Override
		public String user() {
			return "sa";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public DataSource dataSource() {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL(url());
			dataSource.setUser(user());
			dataSource.setPassword(password());
			return dataSource;
		}

		@Override
		public void close() {
			try (Statement statement = this.keeper.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot shut down " + url(), ex);
			}
		}

	}

	private static final class Mysql extends TestDatabase {

		private final MysqlServer server;

		private final String dialect;

		private final String database = uniqueName();

		Mysql(MysqlServer server, String dialect) {
			this.server = server;
			this.dialect = dialect;
			execute("CREATE DATABASE " + this.database);
		}

		@Override
		public String dialect() {
			return this.dialect;
		}

		@Override
		public boolean transactionalDdl() {
			return false;
		}

		@Override
		public String quote(String name) {
			return '`' + name + '`';
		}

		@Override
		public String url() {
			return driverUrl(this.server.url(this.database));
		}

		@Override
		public String user() {
			return this.server.user();
		}

		@Override
		public String password() {
			return this.server.password();
		}

		@Override
		public DataSource dataSource() {
			DriverManagerDataSource dataSource = new DriverManagerDataSource(url(), user(), password());
			dataSource.setDriverClassName(this.dialect.equals("mysql") ? "com.mysql.cj.jdbc.Driver"
					: "org.mariadb.jdbc.Driver");
			return dataSource;
		}

		@Override
		public void close() {
			execute("DROP DATABASE IF EXISTS " + this.database);
		}

		// The server's URL with this dialect's driver prefix: both drivers speak to both servers.
		private String driverUrl(String url) {
			return "jdbc:" + this.dialect + ":" + url.substring(url.indexOf(':', "jdbc:".length()) + 1);
		}

		private void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(driverUrl(this.server.url()), this.server.user(),
					this.server.password()); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot run '" + sql + "' on " + this.server.url(), ex);
			}
		}

	}

}
