package dev.migrations.benchmarks;

import org.junit.jupiter.api.Assumptions;

import dev.migrations.benchmarks.ScratchDatabase.PostgresServer;

/**
 * The PostgreSQL server of the tests: {@code BENCH_POSTGRES} ({@code host:port}, default the local server) as
 * {@code BENCH_POSTGRES_USER} (default {@code postgres}). Without one the PostgreSQL tests are skipped, or fail when
 * {@code MIGRATIONS_TEST_REQUIRE_POSTGRES=true}, as CI sets it.
 */
public final class TestPostgres {

	private TestPostgres() {
	}

	/**
	 * Returns the server, or skips the calling test when there is none.
	 * @return the server
	 */
	public static PostgresServer server() {
		String[] address = env("BENCH_POSTGRES", "127.0.0.1:5432").split(":");
		PostgresServer server = new PostgresServer(address[0], Integer.parseInt(address[1]),
				env("BENCH_POSTGRES_USER", "postgres"));
		if (!server.isAvailable()) {
			if (Boolean.parseBoolean(env("MIGRATIONS_TEST_REQUIRE_POSTGRES", "false"))) {
				throw new IllegalStateException("PostgreSQL is required but there is none at " + server);
			}
			System.err.println("\n*** SKIPPING POSTGRESQL BENCHMARK TEST: no PostgreSQL at " + server
					+ "; set BENCH_POSTGRES, or MIGRATIONS_TEST_REQUIRE_POSTGRES=true to fail instead ***\n");
			Assumptions.assumeTrue(server.isAvailable(), "No PostgreSQL at " + server);
		}
		return server;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
