package dev.migrations.sample;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import org.sqlite.SQLiteDataSource;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.dialect.MigrationLock;

/**
 * What the reliability tests share: how the sample application is started for them, and how the test itself reaches
 * the database and its migration lock.
 */
final class ReliabilityApps {

	/**
	 * JVM options that cut the start-up time of many short-lived instances on a small machine (C1 only, one GC
	 * thread), without changing what the application does.
	 */
	static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

	/** Generous: instances start at once on two shared cores. */
	static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	/** The sample application's own revisions. */
	static final List<String> SAMPLE_REVISIONS = List.of("5ec6405addd0", "a41c7e29b5d8");

	private ReliabilityApps() {
	}

	/**
	 * Returns the application arguments that add a test-only revision directory to the sample's revisions and keep
	 * each instance's connection pool small.
	 * @param revisions the directory under {@code src/test/resources/reliability}
	 * @param more further arguments
	 * @return the arguments
	 */
	static String[] arguments(String revisions, String... more) {
		String[] arguments = new String[more.length + 2];
		arguments[0] = "--migrations.locations=classpath:db/migrations,filesystem:" + location(revisions);
		arguments[1] = "--spring.datasource.hikari.maximum-pool-size=2";
		System.arraycopy(more, 0, arguments, 2, more.length);
		return arguments;
	}

	/**
	 * Returns the test-only revision directory.
	 * @param revisions its name under {@code src/test/resources/reliability}
	 * @return the absolute path
	 */
	static Path location(String revisions) {
		return Path.of("src/test/resources/reliability", revisions).toAbsolutePath();
	}

	/**
	 * Returns the engine the operator would use from the command line, on the same revisions as the application.
	 * @param dataSource the database
	 * @param revisions the test-only revision directory
	 * @return the engine
	 */
	static Migrations migrations(DataSource dataSource, String revisions) {
		return Migrations.builder(dataSource)
			.locations(List.of("classpath:db/migrations", "filesystem:" + location(revisions)))
			.build();
	}

	/**
	 * Returns a DataSource of a SQLite file.
	 * @param file the database file
	 * @return the DataSource
	 */
	static DataSource sqlite(Path file) {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + file);
		return dataSource;
	}

	/**
	 * Takes the migration lock the application instances take, as another instance would.
	 * @param connection a connection to the database, kept open while the lock is held
	 * @return the lock
	 * @throws SQLException on a database error
	 */
	static MigrationLock lock(Connection connection) throws SQLException {
		Dialect dialect = Dialects.of(connection);
		String name = dialect.lockName(connection, null, SqlIdentifier.of("migrations_version", "version table"));
		return dialect.lock(connection, name, Duration.ofSeconds(30));
	}

}
