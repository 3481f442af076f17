package dev.migrations.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.dialect.MigrationLock;

/**
 * Another process that takes the migration lock of a database, says {@code LOCKED}, and then either idles or runs a
 * statement that never ends, until it is killed or its standard input closes. Tests use it to hold the lock the way
 * a second instance of an application would.
 */
public final class LockHolder implements AutoCloseable {

	private final Process process;

	private LockHolder(Process process) {
		this.process = process;
	}

	/**
	 * Starts a process that holds the migration lock of the default version table.
	 * @param database the database
	 * @param url the JDBC URL to connect with, which may add options such as an application name
	 * @param busy whether to run an endless statement while holding the lock, rather than idle
	 * @return the running holder, once it holds the lock
	 * @throws IOException if the process cannot be started
	 * @throws InterruptedException if interrupted while waiting for it
	 */
	public static LockHolder start(TestDatabase database, String url, boolean busy)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), url, database.user(),
				database.password(), busy ? "busy" : "idle"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = output.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.equals("LOCKED")) {
				Thread.sleep(busy ? 500 : 0);
				return new LockHolder(process);
			}
		}
		process.waitFor(10, TimeUnit.SECONDS);
		throw new IllegalStateException("The lock holder exited without taking the lock:\n" + seen);
	}

	/**
	 * Returns the holder's process id.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * Kills the process with SIGKILL, as a crash or {@code kill -9} would, and waits for it to end.
	 * @throws InterruptedException if interrupted while waiting
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	/**
	 * Takes the lock and holds it: {@code url user password idle|busy}.
	 * @param args the arguments
	 * @throws Exception on any failure
	 */
	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
			Dialect dialect = Dialects.of(connection);
			String name = dialect.lockName(connection, null,
					SqlIdentifier.of(MigrationsConfig.DEFAULT_VERSION_TABLE, "version table"));
			try (MigrationLock lock = dialect.lock(connection, () -> DriverManager.getConnection(args[0], args[1], args[2]),
					name, Duration.ofSeconds(30))) {
				System.out.println("LOCKED");
				System.out.flush();
				if (args[3].equals("busy")) {
					runForever(connection, dialect);
				}
				new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			}
		}
	}

	private static void runForever(Connection connection, Dialect dialect) throws SQLException {
		String sql = switch (dialect.name()) {
			case "postgresql" -> "SELECT pg_sleep(600)";
			case "mysql", "mariadb" -> "SELECT SLEEP(600)";
			default -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c";
		};
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
