package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server tests run against: {@code MIGRATIONS_TEST_POSTGRES_URL} (default the local server), else a
 * Testcontainers container where Docker runs. With neither, PostgreSQL tests are skipped loudly, or fail when
 * {@code MIGRATIONS_TEST_REQUIRE_POSTGRES=true}, as CI sets it.
 *
 * @param url the JDBC URL
 * @param user the user
 * @param password the password
 */
public record PostgresServer(String url, String user, String password) {

	private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static PostgresServer server;

	private static String unavailable;

	/**
	 * Returns the server, starting a container if needed; skips or fails the calling test when there is none.
	 * @return the server
	 */
	public static synchronized PostgresServer get() {
		if (server == null && unavailable == null) {
			find();
		}
		if (server == null) {
			if (Boolean.parseBoolean(env("MIGRATIONS_TEST_REQUIRE_POSTGRES", "false"))) {
				throw new IllegalStateException("PostgreSQL is required (MIGRATIONS_TEST_REQUIRE_POSTGRES=true) but "
						+ unavailable);
			}
			System.err.println("\n*** SKIPPING POSTGRESQL TEST: " + unavailable
					+ ". Set MIGRATIONS_TEST_POSTGRES_URL or start Docker. ***\n");
			Assumptions.assumeTrue(server != null, unavailable);
		}
		return server;
	}

	private static void find() {
		PostgresServer configured = new PostgresServer(env("MIGRATIONS_TEST_POSTGRES_URL", DEFAULT_URL),
				env("MIGRATIONS_TEST_POSTGRES_USER", "postgres"), env("MIGRATIONS_TEST_POSTGRES_PASSWORD", ""));
		try (Connection connection = DriverManager.getConnection(configured.url(), configured.user(),
				configured.password())) {
			server = configured;
			return;
		}
		catch (SQLException ex) {
			unavailable = "no PostgreSQL at " + configured.url() + " (" + ex.getMessage() + ")";
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			server = new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			unavailable = null;
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

}
