package dev.migrations.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The MySQL or MariaDB server tests run against: {@code MIGRATIONS_TEST_MYSQL_URL} with
 * {@code MIGRATIONS_TEST_MYSQL_USER} and {@code MIGRATIONS_TEST_MYSQL_PASSWORD} (default the local MariaDB at
 * {@code jdbc:mariadb://127.0.0.1:3306}, user root, no password); else a Testcontainers MariaDB where Docker runs;
 * else a {@code mariadbd} started in a temporary directory on a free port when the binary is on the PATH. With none,
 * the tests are skipped loudly, or fail when {@code MIGRATIONS_TEST_REQUIRE_MYSQL=true}, as CI sets it.
 *
 * @param url the JDBC URL of the server, without a database
 * @param user the user, who may create databases
 * @param password the password
 */
public record MysqlServer(String url, String user, String password) {

	private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306";

	private static MysqlServer server;

	private static String unavailable;

	/**
	 * Returns the server, starting one if needed; skips or fails the calling test when there is none.
	 * @return the server
	 */
	public static synchronized MysqlServer get() {
		if (server == null && unavailable == null) {
			find();
		}
		if (server == null) {
			if (Boolean.parseBoolean(env("MIGRATIONS_TEST_REQUIRE_MYSQL", "false"))) {
				throw new IllegalStateException("MySQL or MariaDB is required (MIGRATIONS_TEST_REQUIRE_MYSQL=true) but "
						+ unavailable);
			}
			System.err.println("\n*** SKIPPING MYSQL/MARIADB TEST: " + unavailable
					+ ". Set MIGRATIONS_TEST_MYSQL_URL, start Docker or put mariadbd on the PATH. ***\n");
			Assumptions.assumeTrue(server != null, unavailable);
		}
		return server;
	}

	/**
	 * Returns the JDBC URL of one database of the server.
	 * @param database the database name
	 * @return the URL
	 */
	public String url(String database) {
		int query = this.url.indexOf('?');
		String base = (query >= 0) ? this.url.substring(0, query) : this.url;
		String options = (query >= 0) ? this.url.substring(query) : "";
		return base.replaceAll("/+$", "") + "/" + database + options;
	}

	private static void find() {
		MysqlServer configured = new MysqlServer(env("MIGRATIONS_TEST_MYSQL_URL", DEFAULT_URL),
				env("MIGRATIONS_TEST_MYSQL_USER", "root"), env("MIGRATIONS_TEST_MYSQL_PASSWORD", ""));
		if (reachable(configured)) {
			server = configured;
			return;
		}
		if (dockerAvailable()) {
			MariaDBContainer container = new MariaDBContainer("mariadb:10.11");
			container.start();
			String url = container.getJdbcUrl();
			server = new MysqlServer(url.substring(0, url.lastIndexOf('/')), "root", container.getPassword());
			unavailable = null;
			return;
		}
		MysqlServer local = LocalMariadb.start();
		if (local != null) {
			server = local;
			unavailable = null;
		}
	}

	private static boolean reachable(MysqlServer candidate) {
		try (Connection connection = DriverManager.getConnection(candidate.url(), candidate.user(),
				candidate.password())) {
			return true;
		}
		catch (SQLException ex) {
			unavailable = "no MySQL or MariaDB at " + candidate.url() + " (" + ex.getMessage() + ")";
			return false;
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/** A {@code mariadbd} of the tests' own, in a temporary directory, stopped when the JVM exits. */
	private static final class LocalMariadb {

		static MysqlServer start() {
			Path binary = onPath("mariadbd");
			Path installer = onPath("mariadb-install-db");
			if (binary == null || installer == null) {
				unavailable += "; no mariadbd and mariadb-install-db on the PATH";
				return null;
			}
			try {
				Path directory = Files.createTempDirectory("migrations-mariadb");
				Path data = directory.resolve("data");
				run(List.of(installer.toString(), "--no-defaults", "--auth-root-authentication-method=normal",
						"--datadir=" + data, "--user=" + System.getProperty("user.name")), directory);
				int port = freePort();
				List<String> command = new ArrayList<>(List.of(binary.toString(), "--no-defaults",
						"--datadir=" + data, "--socket=" + directory.resolve("mysqld.sock"), "--port=" + port,
						"--bind-address=127.0.0.1", "--innodb-buffer-pool-size=64M",
						"--user=" + System.getProperty("user.name")));
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(directory.resolve("mariadbd.log").toFile())
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, directory)));
				MysqlServer started = new MysqlServer("jdbc:mariadb://127.0.0.1:" + port, "root", "");
				for (int i = 0; i < 300 && process.isAlive(); i++) {
					if (reachable(started)) {
						return started;
					}
					Thread.sleep(100);
				}
				unavailable += "; the local mariadbd in " + directory + " did not start (see mariadbd.log)";
				return null;
			}
			catch (IOException ex) {
				unavailable += "; cannot start a local mariadbd: " + ex.getMessage();
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

		private static Path onPath(String name) {
			for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
				Path candidate = Path.of(entry, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
			return null;
		}

		private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(directory.resolve("install.log").toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " failed; see " + directory.resolve("install.log"));
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		private static void stop(Process process, Path directory) {
			process.destroy();
			try {
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
			}
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// A temporary directory: the system cleans it up.
			}
		}

	}

}
