package dev.migrations.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.dialect.MigrationLock;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.HistoryRows;
import dev.migrations.testsupport.LockHolder;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static dev.migrations.core.MigrationsTests.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The migration lock: held by one process at a time, released on every exit path, freed when its holder dies, and
 * named in the message of a waiter that gives up.
 */
class MigrationLockTests {

	private static final String HEAD = "c0ffee000002";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void lockTimeoutNamesTheProcessThatHoldsTheLock(TestDatabase database) throws Exception {
		try (Holder holder = hold(database, false)) {
			SchemaSnapshot before = SchemaSnapshot.of(database);
			Migrations migrations = Migrations.builder(database.dataSource())
				.locations(List.of(location("concurrent")))
				.lockTimeout(Duration.ofMillis(300))
				.build();
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
				.satisfies((ex) -> {
					assertThat(ex.getCode()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
					assertThat(ex.getMessage()).contains("Timed out after 300 ms waiting for the migration lock")
						.contains("raise the lock timeout");
					switch (database.dialect()) {
						case "postgresql" -> assertThat(ex.getMessage()).contains("application 'lock-holder'")
							.contains("client 127.0.0.1")
							.contains("connected since")
							.contains("idle since");
						case "sqlite" -> assertThat(ex.getMessage()).contains("held by pid " + holder.pid() + " on ")
							.contains(", since ");
						case "h2" -> assertThat(ex.getMessage()).contains("(the row of MIGRATIONS_LOCK.LOCKS), held by"
								+ " another session of this H2 database");
						default -> assertThat(ex.getMessage()).containsPattern("GET_LOCK\\('migrations:t_\\w+"
								+ "\\.migrations_version'\\)\\), held by connection \\d+ \\(root@");
					}
				});
			assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
		}
	}

	static Stream<Arguments> holderStates() {
		return Stream.of(Arguments.of(TestDatabase.sqlite(), false), Arguments.of(TestDatabase.sqlite(), true),
				Arguments.of(TestDatabase.postgres(), false), Arguments.of(TestDatabase.postgres(), true),
				Arguments.of(TestDatabase.h2(), false), Arguments.of(TestDatabase.mariadb(), false),
				Arguments.of(TestDatabase.mariadb(), true));
	}

	// A busy holder is killed in the middle of a ten-minute statement: the server must notice the dead client and end
	// the session (and the lock) long before the statement would end, or the upgrade below times out.
	@ParameterizedTest(name = "{0}, busy={1}")
	@MethodSource("holderStates")
	void lockIsFreedWhenTheProcessHoldingItIsKilled(TestDatabase database, boolean busy) throws Exception {
		Holder holder = hold(database, busy);
		holder.kill();
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(location("concurrent")))
			.lockTimeout(Duration.ofSeconds(60))
			.build();
		assertThat(migrations.upgrade("heads").current()).containsExactly(HEAD);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void lockIsReleasedOnEveryExitPathEvenWhenThePoolKeepsTheSession(TestDatabase database) throws Exception {
		try (HikariDataSource pool = pool(database)) {
			Migrations concurrent = Migrations.builder(pool).locations(List.of(location("concurrent"))).build();
			concurrent.upgrade("heads");
			assertLockIsFree(database, pool);
			Migrations unknownRevision = Migrations.builder(pool).locations(List.of(location("linear"))).build();
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> unknownRevision.upgrade("heads"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_DATABASE_REVISION));
			assertLockIsFree(database, pool);
			Migrations failing = Migrations.builder(pool)
				.locations(List.of(location("concurrent"), location("failing")))
				.build();
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> failing.upgrade("heads"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.SQL_FAILED));
			assertLockIsFree(database, pool);
			// Where DDL commits by itself the failed revision stopped part-way, and waits to be resolved first.
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> failing.downgrade("ffffffffffff"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(
						database.transactionalDdl() ? ErrorCode.UNKNOWN_REVISION : ErrorCode.UNRESOLVED_FAILURE));
			assertLockIsFree(database, pool);
		}
	}

	// While the holder builds an index with CREATE INDEX CONCURRENTLY, the other instances poll for the lock. A waiter
	// blocked inside pg_advisory_lock would hold a snapshot that the index build waits for: a deadlock.
	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void waitingInstancesDoNotDeadlockANonTransactionalRevision(TestDatabase database) throws Exception {
		int instances = 4;
		CyclicBarrier start = new CyclicBarrier(instances);
		ExecutorService executor = Executors.newFixedThreadPool(instances);
		try {
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				results.add(executor.submit(() -> {
					Migrations migrations = Migrations.builder(database.dataSource())
						.locations(List.of(location("concurrent")))
						.build();
					start.await();
					return migrations.upgrade("heads");
				}));
			}
			List<MigrationResult> finished = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
				List<MigrationResult> all = new ArrayList<>();
				for (Future<MigrationResult> result : results) {
					all.add(result.get());
				}
				return all;
			});
			assertThat(finished).extracting((result) -> result.steps().size()).containsExactlyInAnyOrder(2, 0, 0, 0);
			assertThat(finished).allSatisfy((result) -> assertThat(result.current()).containsExactly(HEAD));
		}
		finally {
			executor.shutdownNow();
		}
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(location("concurrent")))
			.build();
		assertThat(migrations.historyRecords(10)).extracting(HistoryRecord::revision, HistoryRecord::outcome)
			.containsExactly(tuple(HEAD, Outcome.SUCCESS), tuple("c0ffee000001", Outcome.SUCCESS));
		if (database.dialect().equals("postgresql")) {
			try (Connection connection = database.connect(); Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_items_name'::regclass")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getBoolean(1)).isTrue();
			}
		}
	}

	// Every service start pays the check at head: it reads, so it neither waits for nor takes the lock.
	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void upgradeAtHeadDoesNotWaitForTheLock(TestDatabase database) throws Exception {
		Migrations migrations = atHead(database);
		try (Holder holder = hold(database, false)) {
			MigrationResult result = migrations.upgrade("heads");
			assertThat(result.steps()).isEmpty();
			assertThat(result.current()).containsExactly(HEAD);
		}
	}

	// A step recorded as started may be running in the process that holds the lock: only the lock holder may judge it.
	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void upgradeAtHeadWaitsForTheLockWhileAStepIsRecordedAsStarted(TestDatabase database) throws Exception {
		Migrations migrations = atHead(database);
		try (Connection connection = database.connect()) {
			HistoryRows.append(connection, new HistoryRecord(HEAD, Direction.DOWNGRADE, "Index items", "index_items.sql", "",
						Instant.parse("2026-05-02T10:00:00Z"), null, null, "deploy", Outcome.STARTED));
		}
		try (Holder holder = hold(database, false)) {
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.LOCK_TIMEOUT));
		}
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNRESOLVED_FAILURE));
		assertThat(migrations.historyRecords(1)).extracting(HistoryRecord::outcome).containsExactly(Outcome.FAILED);
	}

	private static Migrations atHead(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(location("concurrent")))
			.lockTimeout(Duration.ofMillis(300))
			.build();
		migrations.upgrade("heads");
		return migrations;
	}

	// Another process holds the lock, as another instance would; an in-memory H2 database lives in this process only,
	// so there another session of it holds the lock, and killing the holder ends that session.
	private static Holder hold(TestDatabase database, boolean busy) throws Exception {
		if (!database.dialect().equals("h2")) {
			LockHolder process = LockHolder.start(database, holderUrl(database), busy);
			return new Holder() {

				@Override
				public long pid() {
					return process.pid();
				}

				@Override
				public void kill() throws Exception {
					process.kill();
				}

			};
		}
		Connection connection = database.connect();
		Connection locking = database.connect();
		Dialect dialect = Dialects.of(connection);
		String name = dialect.lockName(connection, null, SqlIdentifier.of("migrations_version", "table"));
		dialect.lock(connection, () -> locking, name, Duration.ofSeconds(5));
		return new Holder() {

			@Override
			public long pid() {
				return ProcessHandle.current().pid();
			}

			@Override
			public void kill() throws Exception {
				locking.close();
				connection.close();
			}

		};
	}

	/** Whoever holds the lock while a test runs. */
	private interface Holder extends AutoCloseable {

		long pid();

		void kill() throws Exception;

		@Override
		default void close() throws Exception {
			kill();
		}

	}

	private static String holderUrl(TestDatabase database) {
		return database.dialect().equals("postgresql") ? database.url() + "&ApplicationName=lock-holder"
				: database.url();
	}

	private static HikariDataSource pool(TestDatabase database) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(database.url());
		pool.setUsername(database.user());
		pool.setPassword(database.password());
		// H2's lock takes a connection of its own, beside the migration connection.
		pool.setMaximumPoolSize(database.dialect().equals("h2") ? 2 : 1);
		return pool;
	}

	// Checked from another thread and another connection: a lock still held by this thread would be re-entered.
	private static void assertLockIsFree(TestDatabase database, HikariDataSource pool) throws Exception {
		if (database.dialect().equals("postgresql")) {
			try (Connection pooled = pool.getConnection(); Statement statement = pooled.createStatement();
					ResultSet result = statement.executeQuery("SELECT (SELECT count(*) FROM pg_locks WHERE"
							+ " locktype = 'advisory' AND pid = pg_backend_pid()),"
							+ " current_setting('client_connection_check_interval')")) {
				result.next();
				assertThat(result.getLong(1)).as("advisory locks held by the pooled session").isZero();
				assertThat(result.getString(2)).isEqualTo("0");
			}
		}
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			other.submit(() -> {
				try (Connection connection = database.connect()) {
					Dialect dialect = Dialects.of(connection);
					String name = dialect.lockName(connection, null, SqlIdentifier.of("migrations_version", "table"));
					try (MigrationLock lock = dialect.lock(connection, database::connect, name, Duration.ZERO)) {
						return true;
					}
				}
			}).get();
		}
		finally {
			other.shutdownNow();
		}
	}

}
