package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Section;
import dev.migrations.core.api.Step;
import dev.migrations.core.api.StepResult;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.SqlStatement;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.LocatedOperation;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * Runs a plan's steps on one connection. A transactional step's SQL, version rows and history row commit together or
 * not at all; a non-transactional step is recorded as started first, so a crash leaves a trace. Without a transaction
 * per migration, consecutive transactional steps share one transaction, so they commit or roll back together. On a
 * database without transactional DDL (MySQL, MariaDB, H2) every step is run as a non-transactional one, and its
 * version rows move as soon as it succeeds.
 */
final class StepExecutor {

	private static final Logger logger = LoggerFactory.getLogger(StepExecutor.class);

	private final Dialect dialect;

	private final VersionStore store;

	private final ScriptDirectory scripts;

	private final MigrationListener listener;

	private final Clock clock;

	private final boolean transactionPerMigration;

	private boolean tablesReady;

	public StepExecutor(Dialect dialect, VersionStore store, ScriptDirectory scripts, MigrationListener listener,
			Clock clock) {
		this(dialect, store, scripts, listener, clock, true);
	}

	public StepExecutor(Dialect dialect, VersionStore store, ScriptDirectory scripts, MigrationListener listener,
			Clock clock, boolean transactionPerMigration) {
		this.dialect = dialect;
		this.store = store;
		this.scripts = scripts;
		this.listener = listener;
		this.clock = clock;
		this.transactionPerMigration = transactionPerMigration;
	}

	/**
	 * Runs every step of the plan, stopping at the first failure. The version tables are created, if missing, with
	 * the first step: in its transaction when it is transactional, so that a failing first revision leaves a database
	 * that was never migrated exactly as it was.
	 * @param connection a connection in auto-commit mode
	 * @param plan the plan
	 * @return the steps that ran
	 * @throws SQLException on a database error outside a revision's own SQL
	 */
	public List<StepResult> execute(Connection connection, Plan plan) throws SQLException {
		String user = user(connection);
		List<StepResult> results = new ArrayList<>(plan.steps().size());
		if (this.transactionPerMigration) {
			for (Step step : plan.steps()) {
				results.add(execute(connection, step, user));
			}
			return results;
		}
		List<Step> together = new ArrayList<>();
		for (Step step : plan.steps()) {
			if (transactional(this.scripts.script(step.revision().id()))) {
				together.add(step);
			}
			else {
				results.addAll(executeTogether(connection, together, user));
				together.clear();
				results.add(execute(connection, step, user));
			}
		}
		results.addAll(executeTogether(connection, together, user));
		return results;
	}

	// Consecutive transactional steps in one transaction: listeners hear of success only once it committed.
	private List<StepResult> executeTogether(Connection connection, List<Step> steps, String user)
			throws SQLException {
		if (steps.size() <= 1) {
			List<StepResult> results = new ArrayList<>(steps.size());
			for (Step step : steps) {
				results.add(execute(connection, step, user));
			}
			return results;
		}
		List<Work> works = new ArrayList<>(steps.size());
		for (Step step : steps) {
			Work work = work(step);
			checkTransactional(this.scripts.script(step.revision().id()), work.statements(), true);
			works.add(work);
		}
		List<StepResult> results = new ArrayList<>(steps.size());
		boolean rebuilds = works.stream().anyMatch(this::mayRebuild);
		SqliteForeignKeys.offAround(connection, rebuilds, () -> Transactions.inTransaction(connection, () -> {
			createTablesIfMissing(connection);
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				RevisionScript script = this.scripts.script(step.revision().id());
				this.listener.stepStarted(step);
				Instant started = this.clock.instant();
				try {
					run(connection, script, step, works.get(i), steps.get(0));
					this.store.move(connection, step);
					this.store.historyTable().appendEnded(connection, record(script, step, user, started, Outcome.SUCCESS));
				}
				catch (MigrationsException ex) {
					MigrationsException reported = StepFailure.published(ex);
					this.listener.stepFailed(step, Duration.between(started, this.clock.instant()), reported);
					throw reported;
				}
				results.add(new StepResult(step, Duration.between(started, this.clock.instant())));
			}
		}));
		for (StepResult result : results) {
			logRan(result.step(), result.duration());
			this.listener.stepSucceeded(result.step(), result.duration());
		}
		return results;
	}

	/**
	 * Moves the version rows from a stamp plan's {@link Plan#before()} to its {@link Plan#after()} without running
	 * any revision, and appends a history row with outcome {@link Outcome#STAMPED} for each version row it removes
	 * (direction downgrade) or adds (direction upgrade), all in one transaction.
	 * @param connection a connection in auto-commit mode
	 * @param plan a plan from {@link Planner#stamp}
	 * @throws SQLException on a database error
	 */
	public void stamp(Connection connection, Plan plan) throws SQLException {
		List<String> removed = plan.removedRows();
		List<String> added = plan.addedRows();
		if (removed.isEmpty() && added.isEmpty()) {
			return;
		}
		String user = user(connection);
		Instant now = this.clock.instant();
		Transactions.inTransaction(connection, () -> {
			this.store.move(connection, removed, added, "a stamp");
			for (String row : removed) {
				this.store.historyTable().appendEnded(connection, stampRecord(row, Direction.DOWNGRADE, user, now));
			}
			for (String row : added) {
				this.store.historyTable().appendEnded(connection, stampRecord(row, Direction.UPGRADE, user, now));
			}
		});
		logger.info("Stamped {} -> {} without running SQL", Step.describe(plan.before()), Step.describe(plan.after()));
	}

	/**
	 * Returns the statements a step runs, with file lines.
	 * @param step the step
	 * @return the statements, lines counted in the revision file
	 */
	public List<SqlStatement> statements(Step step) {
		RevisionScript script = this.scripts.script(step.revision().id());
		List<SqlStatement> statements = new ArrayList<>();
		for (Section section : this.scripts.sections(script, step.direction(), this.dialect.name())) {
			for (SqlStatement statement : this.dialect.split(section.sql())) {
				statements.add(new SqlStatement(statement.sql(), section.firstLine() + statement.line() - 1,
						statement.transactional()));
			}
		}
		return statements;
	}

	/**
	 * Returns a step's portable operations, when it is written as operations.
	 * @param step the step
	 * @return the operations with their file lines, or empty for SQL
	 */
	public Optional<List<LocatedOperation>> operations(Step step) {
		return this.scripts.operations(this.scripts.script(step.revision().id()), step.direction());
	}

	// What a step runs: its SQL statements, or its operations, rendered as they run.
	private record Work(List<SqlStatement> statements, Optional<List<LocatedOperation>> operations) {

	}

	private Work work(Step step) {
		Optional<List<LocatedOperation>> operations = operations(step);
		return new Work(operations.isPresent() ? List.of() : statements(step), operations);
	}

	private boolean mayRebuild(Work work) {
		return work.operations().isPresent() && OperationRunner.mayRebuild(this.dialect, work.operations().get());
	}

	private StepResult execute(Connection connection, Step step, String user) throws SQLException {
		RevisionScript script = this.scripts.script(step.revision().id());
		Work work = work(step);
		List<SqlStatement> statements = work.statements();
		boolean transactional = transactional(script);
		if (script.transactional()) {
			checkTransactional(script, statements, transactional);
		}
		this.listener.stepStarted(step);
		Instant started = this.clock.instant();
		try {
			if (transactional) {
				SqliteForeignKeys.offAround(connection, mayRebuild(work), () -> Transactions.inTransaction(connection,
						() -> {
							createTablesIfMissing(connection);
							run(connection, script, step, work, step);
							this.store.move(connection, step);
							this.store.historyTable().appendEnded(connection, record(script, step, user, started, Outcome.SUCCESS));
						}));
			}
			else {
				createTablesIfMissing(connection);
				SqliteForeignKeys.offAround(connection, mayRebuild(work),
						() -> runOutsideTransaction(connection, script, step, work, user, started));
			}
		}
		catch (MigrationsException ex) {
			MigrationsException reported = StepFailure.published(ex);
			this.listener.stepFailed(step, Duration.between(started, this.clock.instant()), reported);
			throw reported;
		}
		Duration duration = Duration.between(started, this.clock.instant());
		logRan(step, duration);
		this.listener.stepSucceeded(step, duration);
		return new StepResult(step, duration);
	}

	// The arguments cost a join per step, so they are built only when the line is written.
	private static void logRan(Step step, Duration duration) {
		if (logger.isInfoEnabled()) {
			logger.info("Running {} {}, {} ({} ms)", step.direction().label(), step.transition(),
					step.revision().message(), duration.toMillis());
		}
	}

	// Where DDL commits by itself, a revision cannot be undone by a rollback: it is run as a non-transactional one.
	private boolean transactional(RevisionScript script) {
		return script.transactional() && this.dialect.transactionalDdl();
	}

	// What the caller read under the migration lock, which no other migrating process can change: the first step
	// then does not ask the catalog again.
	void versionTableFound() {
		this.tablesReady = true;
	}

	// Checked once per run: a failing step ends the run, taking tables created in its transaction with it.
	private void createTablesIfMissing(Connection connection) throws SQLException {
		if (!this.tablesReady) {
			this.store.createIfMissing(connection);
			this.tablesReady = true;
		}
	}

	private void runOutsideTransaction(Connection connection, RevisionScript script, Step step, Work work,
			String user, Instant started) throws SQLException {
		long id = this.store.historyTable().append(connection, record(script, step, user, started, Outcome.STARTED));
		AtomicInteger ran = new AtomicInteger();
		try {
			run(connection, script, step, work, step, ran);
		}
		catch (MigrationsException ex) {
			// Where each statement commits by itself, a failed first statement, or operations refused before any ran,
			// leave nothing of the revision: like a rolled-back revision, no history row and nothing to resolve.
			boolean nothingRan = (ex instanceof StepFailure.Failed failed) ? failed.index() == 0 : ran.get() == 0;
			if (nothingRan && !this.dialect.transactionalDdl()) {
				this.store.historyTable().remove(connection, id);
			}
			else {
				this.store.historyTable().finish(connection, id, record(script, step, user, started, Outcome.FAILED));
			}
			throw ex;
		}
		Transactions.inTransaction(connection, () -> {
			this.store.move(connection, step);
			this.store.historyTable().finish(connection, id, record(script, step, user, started, Outcome.SUCCESS));
		});
	}

	private void run(Connection connection, RevisionScript script, Step step, Work work, Step firstOfTransaction) {
		run(connection, script, step, work, firstOfTransaction, new AtomicInteger());
	}

	private void run(Connection connection, RevisionScript script, Step step, Work work, Step firstOfTransaction,
			AtomicInteger ran) {
		try (Statement jdbc = connection.createStatement()) {
			List<SqlStatement> planned = work.statements();
			for (int i = 0; i < planned.size(); i++) {
				execute(jdbc, script, step, planned, i, firstOfTransaction);
				ran.incrementAndGet();
			}
			if (work.operations().isPresent()) {
				List<SqlStatement> rendered = new ArrayList<>();
				new OperationRunner(this.dialect).run(connection, script, work.operations().get(),
						LiveTables.of(connection, this.dialect), (statement) -> {
							if (script.transactional()) {
								checkTransactional(script, List.of(statement), transactional(script));
							}
							rendered.add(statement);
							execute(jdbc, script, step, rendered, rendered.size() - 1, firstOfTransaction);
							ran.incrementAndGet();
						});
			}
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Cannot run revision '" + step.revision().id()
					+ "': " + ex.getMessage(), ex);
		}
	}

	// Runs the statement at index of a revision's statements; a failure says which of them ran.
	private void execute(Statement jdbc, RevisionScript script, Step step, List<SqlStatement> statements, int index,
			Step firstOfTransaction) {
		SqlStatement statement = statements.get(index);
		logger.debug("Executing ({}:{}): {}", script.resource().fileName(), statement.line(), statement.sql());
		try {
			jdbc.execute(statement.sql());
		}
		catch (SQLException ex) {
			throw new StepFailure(this.dialect, script, step, statements, index, firstOfTransaction).exception(ex);
		}
	}

	// Transaction statements are refused in every revision not marked non-transactional, on every database, so that a
	// revision means the same everywhere; where DDL commits by itself no statement needs a transaction to be refused.
	private static void checkTransactional(RevisionScript script, List<SqlStatement> statements,
			boolean inTransaction) {
		for (SqlStatement statement : statements) {
			if (inTransaction && !statement.transactional()) {
				throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, script.resource().description() + ":"
						+ statement.line() + ": this statement cannot run inside a transaction;"
						+ " add '-- Transactional: false' to the header of revision '" + script.revision().id() + "'");
			}
			String control = TransactionControl.find(statement.sql());
			if (control != null) {
				// A COMMIT inside the revision's transaction would make the statements before it permanent even if a
				// later one fails, leaving the revision half-applied without its version row.
				throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, script.resource().description() + ":"
						+ statement.line() + ": '" + control.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)
						+ "' would end the transaction the revision runs in; remove the transaction statements"
						+ " (revision '" + script.revision().id() + "' already runs in one transaction), or add"
						+ " '-- Transactional: false' to its header to manage transactions yourself");
			}
		}
	}

	private HistoryRecord record(RevisionScript script, Step step, String user, Instant started, Outcome outcome) {
		Instant finished = (outcome == Outcome.STARTED) ? null : this.clock.instant();
		Long duration = (finished != null) ? Duration.between(started, finished).toMillis() : null;
		return new HistoryRecord(step.revision().id(), step.direction(), step.revision().message(),
				script.resource().description(), script.checksum(), started, finished, duration, user, outcome);
	}

	private HistoryRecord stampRecord(String revision, Direction direction, String user, Instant now) {
		Optional<RevisionScript> script = this.scripts.find(revision);
		return new HistoryRecord(revision, direction, script.map((found) -> found.revision().message()).orElse(""),
				script.map((found) -> found.resource().description()).orElse("(no revision file)"),
				script.map(RevisionScript::checksum).orElse(""), now, now, 0L, user, Outcome.STAMPED);
	}

	static String user(Connection connection) throws SQLException {
		String user = connection.getMetaData().getUserName();
		return (user != null && !user.isEmpty()) ? user : System.getProperty("user.name", "unknown");
	}

}
