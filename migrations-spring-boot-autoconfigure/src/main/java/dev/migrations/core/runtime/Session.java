package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Step;
import dev.migrations.core.api.StepResult;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.MigrationLock;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.ScriptDirectory;

/**
 * One command's run on one connection: the dialect, the version store, the loaded revision files and their planner,
 * and, for commands that change the database, the migration lock with the checks every migration makes first.
 */
final class Session {

	private static final Logger logger = LoggerFactory.getLogger(Session.class);

	private final Engine engine;

	private final Connection connection;

	private final Dialect dialect;

	private final VersionStore store;

	private @Nullable Planner planner;

	Session(Engine engine, Connection connection, Dialect dialect) {
		this.engine = engine;
		this.connection = connection;
		this.dialect = dialect;
		this.store = engine.store(dialect);
	}

	Connection connection() {
		return this.connection;
	}

	Dialect dialect() {
		return this.dialect;
	}

	VersionStore store() {
		return this.store;
	}

	// The revision files are read on first use: a command that only reads the version rows does not need them.
	ScriptDirectory scripts() {
		return this.engine.scripts();
	}

	Planner planner() {
		Planner current = this.planner;
		if (current == null) {
			current = new Planner(scripts().graph());
			this.planner = current;
		}
		return current;
	}

	List<String> rows() throws SQLException {
		return this.store.rows(this.connection);
	}

	List<HistoryRecord> history(int limit) throws SQLException {
		return this.store.historyTable().history(this.connection, limit);
	}

	// Only the lock holder may mark started steps as failed: without the lock, another process may be running them.
	HistoryAudit audit(boolean locked) throws SQLException {
		return audit(locked, history(Integer.MAX_VALUE));
	}

	private HistoryAudit audit(boolean locked, List<HistoryRecord> history) throws SQLException {
		if (locked && anyStarted(history)) {
			int marked = this.store.historyTable().markAbandoned(this.connection);
			logger.warn("Found {} step(s) started by a process that stopped before finishing them; marked them failed",
					marked);
			return new HistoryAudit(this.store.historyTable().history(this.connection, Integer.MAX_VALUE, true));
		}
		return new HistoryAudit(history);
	}

	// Every locked start asks this first; a loop loads none of the stream classes a start may not have used yet.
	private static boolean anyStarted(List<HistoryRecord> history) {
		for (HistoryRecord record : history) {
			if (record.outcome() == Outcome.STARTED) {
				return true;
			}
		}
		return false;
	}

	// Runs work holding the migration lock. The version tables are created by the first step that runs, or by the work.
	<T> T locked(LockedWork<T> work) throws SQLException {
		ScriptDirectory directory = scripts();
		String lockName = this.engine.lockName(this.connection, this.dialect);
		Instant waiting = this.engine.clock().instant();
		try (MigrationLock lock = this.dialect.lock(this.connection, this.engine.dataSource()::getConnection, lockName,
				this.engine.config().lockTimeout())) {
			this.engine.listener().lockAcquired(Duration.between(waiting, this.engine.clock().instant()));
			return work.run(new StepExecutor(this.dialect, this.store, directory, this.engine.listener(),
					this.engine.clock(), this.engine.config().transactionPerMigration()));
		}
	}

	// Under the lock: checks, plans from the version rows, runs the plan and logs what it did.
	MigrationResult migrate(PlanFunction planning) throws SQLException {
		return locked((executor) -> {
			VersionStore.Tables tables = this.store.tables(this.connection);
			List<String> rows = this.store.rows(this.connection, tables.versionTable());
			check(rows, this.store.historyTable().history(this.connection, Integer.MAX_VALUE, tables.historyTable()));
			Plan plan = planning.plan(planner(), rows);
			if (tables.versionTable()) {
				executor.versionTableFound();
			}
			List<StepResult> steps = executor.execute(this.connection, plan);
			List<String> after = steps.isEmpty() ? rows : this.store.rows(this.connection, true);
			MigrationResult result = new MigrationResult(plan.before(), steps, after);
			summarize(result);
			return result;
		});
	}

	// The checks every upgrade and downgrade makes first, under the lock.
	void check(List<String> rows) throws SQLException {
		check(rows, history(Integer.MAX_VALUE));
	}

	private void check(List<String> rows, List<HistoryRecord> history) throws SQLException {
		HistoryAudit audit = audit(true, history);
		audit.requireNoUnresolvedFailures();
		if (this.engine.config().validateChecksums()) {
			audit.requireMatchingChecksums(planner().applied(known(rows)), scripts());
		}
	}

	// With allowUnknownRevisions, the rows no file declares are left out of the checks, as out of the plan.
	List<String> known(List<String> rows) {
		if (!this.engine.config().allowUnknownRevisions()) {
			return rows;
		}
		RevisionGraph graph = scripts().graph();
		return rows.stream().filter((row) -> graph.find(row).isPresent()).toList();
	}

	// With allowUnknownRevisions, a database migrated by newer code is left alone instead of failing the planner.
	boolean aheadOfTheCode(List<String> rows) {
		if (!this.engine.config().allowUnknownRevisions()) {
			return false;
		}
		RevisionGraph graph = scripts().graph();
		List<String> unknown = rows.stream().filter((row) -> graph.find(row).isEmpty()).toList();
		if (unknown.isEmpty()) {
			return false;
		}
		logger.warn("The database is at {}, which no revision file declares: the code is older than the database."
				+ " Leaving the database as it is, as unknown revisions are allowed", String.join(", ", unknown));
		return true;
	}

	void summarize(MigrationResult result) throws SQLException {
		if (!logger.isInfoEnabled()) {
			return;
		}
		if (result.steps().isEmpty()) {
			logger.info("Nothing to do: the database is at {}", Step.describe(result.current()));
		}
		else {
			int count = result.steps().size();
			logger.info("Migrated '{}' ({}) from {} to {}: {} {} in {} ms", this.engine.name(),
					this.dialect.describe(this.connection).summary(), Step.describe(result.before()),
					Step.describe(result.current()), count, (count == 1) ? "revision" : "revisions",
					result.duration().toMillis());
		}
	}

	@FunctionalInterface
	interface LockedWork<T> {

		T run(StepExecutor executor) throws SQLException;

	}

	@FunctionalInterface
	interface PlanFunction {

		Plan plan(Planner planner, List<String> rows);

	}

}
