package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.dialect.MigrationLock;
import dev.migrations.core.dialect.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.core.runtime.ChecksumMismatch;
import dev.migrations.core.runtime.HistoryAudit;
import dev.migrations.core.runtime.HistoryRecord;
import dev.migrations.core.runtime.MigrationListener;
import dev.migrations.core.runtime.Outcome;
import dev.migrations.core.runtime.Plan;
import dev.migrations.core.runtime.Planner;
import dev.migrations.core.runtime.Repairs;
import dev.migrations.core.runtime.Resolution;
import dev.migrations.core.runtime.StepExecutor;
import dev.migrations.core.runtime.StepResult;
import dev.migrations.core.runtime.VersionStore;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.ScriptDirectory;

/**
 * The facade of every command, like Alembic's {@code command} module: the command line, the startup runner and the
 * actuator endpoint all call these methods. Each command resolves its target, plans, and hands the plan to the
 * runtime. Revision files are read once, on first use.
 */
public final class Migrations {

	private static final Logger logger = LoggerFactory.getLogger(Migrations.class);

	private final DataSource dataSource;

	private final MigrationsConfig config;

	private final List<Location> locations;

	private final @Nullable SqlIdentifier schema;

	private final SqlIdentifier versionTable;

	private final SqlIdentifier historyTable;

	private final MigrationListener listener;

	private final Clock clock;

	private final ClassLoader classLoader;

	private volatile @Nullable ScriptDirectory scripts;

	private Migrations(Builder builder) {
		this.dataSource = Objects.requireNonNull(builder.dataSource, "dataSource");
		this.config = new MigrationsConfig(builder.locations, builder.schema, builder.versionTable,
				builder.historyTable, builder.lockTimeout, builder.validateChecksums);
		this.locations = this.config.locations().stream().map(Location::parse).toList();
		this.schema = (this.config.schema() != null) ? SqlIdentifier.of(this.config.schema(), "schema") : null;
		this.versionTable = SqlIdentifier.of(this.config.versionTable(), "version table");
		this.historyTable = SqlIdentifier.of(this.config.historyTable(), "history table");
		if (this.versionTable.name().equalsIgnoreCase(this.historyTable.name())) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "The version table and the history table"
					+ " are both named '" + this.versionTable.name() + "'; give them different names");
		}
		if (this.config.lockTimeout().isNegative()) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION,
					"The lock timeout must not be negative, but is " + this.config.lockTimeout());
		}
		this.listener = builder.listener;
		this.clock = builder.clock;
		this.classLoader = builder.classLoader;
	}

	/**
	 * Starts configuring an engine for a DataSource.
	 * @param dataSource the database to migrate
	 * @return a builder with every setting at its default
	 */
	public static Builder builder(DataSource dataSource) {
		return new Builder(dataSource);
	}

	/**
	 * Returns the settings this engine runs with.
	 * @return the settings
	 */
	public MigrationsConfig config() {
		return this.config;
	}

	/**
	 * Applies every revision the target needs that is not applied yet, requirements first. Takes the migration lock,
	 * and creates the version tables on first use.
	 * @param target {@code heads}, {@code head}, a revision, {@code +N}...
	 * @return the steps that ran and the resulting version rows
	 * @throws MigrationsException when the target is invalid, a revision fails (which is rolled back), or the checks
	 * of {@link #validate()} fail
	 */
	public MigrationResult upgrade(String target) {
		Target parsed = Target.parse(target);
		return migrate((planner, rows) -> planner.upgrade(rows, parsed));
	}

	/**
	 * Reverts every applied revision above the target, dependents first, leaving other branches alone.
	 * @param target {@code base}, a revision, {@code -N}...
	 * @return the steps that ran and the resulting version rows
	 * @throws MigrationsException when the target is invalid or not below the current revisions, a revision fails,
	 * or the checks of {@link #validate()} fail
	 */
	public MigrationResult downgrade(String target) {
		Target parsed = Target.parse(target);
		return migrate((planner, rows) -> planner.downgrade(rows, parsed));
	}

	/**
	 * Returns the revisions in the version table: the database's current heads.
	 * @return the current revisions, empty for an empty database
	 */
	public List<String> current() {
		return withConnection((connection, dialect) -> store(dialect).rows(connection));
	}

	/**
	 * Returns the heads of the revision files: the revisions nothing revises.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return scripts().graph().heads();
	}

	/**
	 * Returns the revisions an upgrade to {@code heads} would apply, in the order it would apply them.
	 * @return the pending revisions
	 */
	public List<Revision> pending() {
		return new Planner(scripts().graph()).pending(current());
	}

	/**
	 * Returns every revision, newest first, marked as head and current where it is.
	 * @return the revisions
	 */
	public List<RevisionInfo> history() {
		ScriptDirectory directory = scripts();
		RevisionGraph graph = directory.graph();
		Set<String> current = new HashSet<>(current());
		Set<String> heads = new HashSet<>(graph.heads());
		List<RevisionInfo> revisions = new ArrayList<>(graph.size());
		for (Revision revision : graph.revisions()) {
			revisions.add(new RevisionInfo(revision, directory.script(revision.id()).resource().description(),
					heads.contains(revision.id()), current.contains(revision.id())));
		}
		Collections.reverse(revisions);
		return revisions;
	}

	/**
	 * Returns the rows of the history table, newest first.
	 * @param limit the most rows to return
	 * @return the steps that ran on this database
	 */
	public List<HistoryRecord> historyRecords(int limit) {
		return withConnection((connection, dialect) -> store(dialect).history(connection, limit));
	}

	/**
	 * Checks, under the migration lock, that the database may be migrated: no failed non-transactional step waits to
	 * be resolved, and, unless checksum validation is off, no applied revision's file changed since it was applied.
	 * Every upgrade and downgrade makes the same checks first. A step recorded as started whose process died is
	 * marked failed on the way.
	 * @throws MigrationsException with {@link ErrorCode#UNRESOLVED_FAILURE}, {@link ErrorCode#CHECKSUM_MISMATCH} or
	 * {@link ErrorCode#UNKNOWN_DATABASE_REVISION}, each naming the revisions, files and the command that resolves it
	 */
	public void validate() {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		withLock((connection, dialect, store) -> {
			check(connection, store, directory, planner, store.rows(connection));
			return null;
		});
	}

	/**
	 * Returns the non-transactional steps that failed or stopped part-way and were not resolved, oldest first. Read
	 * without the lock: a step another process is running right now shows as {@link Outcome#STARTED}.
	 * @return the last history row of each unresolved step
	 */
	public List<HistoryRecord> unresolvedFailures() {
		return withConnection((connection, dialect) -> audit(connection, store(dialect), false).unresolvedFailures());
	}

	/**
	 * Returns the applied revisions whose files changed since they were applied, whatever
	 * {@link Builder#validateChecksums(boolean)} says.
	 * @return the mismatches, oldest first
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_DATABASE_REVISION} when the database is at a
	 * revision no file declares
	 */
	public List<ChecksumMismatch> checksumMismatches() {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		return withConnection((connection, dialect) -> {
			VersionStore store = store(dialect);
			List<String> rows = store.rows(connection);
			return audit(connection, store, false).checksumMismatches(planner.applied(rows), directory);
		});
	}

	/**
	 * Records how an operator resolved a failed non-transactional step, after repairing the database by hand; runs no
	 * SQL of the revision. {@link Resolution#APPLIED}: all of the revision's changes are in place, so the version rows
	 * move as the step would have moved them. {@link Resolution#NOT_APPLIED}: none of them are, so the next upgrade
	 * (or downgrade) runs the revision again. The command line spells it
	 * {@code migrations resolve REV --applied|--not-applied}.
	 * @param revision the failed revision's id, or an unambiguous prefix of it
	 * @param resolution what the operator found
	 * @return the version rows before and after; no steps
	 * @throws MigrationsException with {@link ErrorCode#NOTHING_TO_RESOLVE} when no failed step of that revision
	 * waits to be resolved
	 */
	public MigrationResult resolve(String revision, Resolution resolution) {
		ScriptDirectory directory = scripts();
		return withLock((connection, dialect, store) -> {
			List<String> before = store.rows(connection);
			List<HistoryRecord> failures = audit(connection, store, true).unresolvedFailures();
			List<HistoryRecord> matching = failures.stream()
				.filter((failure) -> failure.revision().equals(revision))
				.toList();
			if (matching.isEmpty() && !revision.isBlank()) {
				matching = failures.stream().filter((failure) -> failure.revision().startsWith(revision)).toList();
			}
			if (matching.size() != 1) {
				String waiting = failures.isEmpty() ? "no failed step waits to be resolved"
						: "the failed steps waiting are: " + String.join(", ",
								failures.stream().map(HistoryRecord::revision).toList());
				throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, (matching.isEmpty()
						? "No failed step of revision '" + revision + "' waits to be resolved"
						: "Revision prefix '" + revision + "' matches several failed steps") + "; " + waiting
						+ ". Run 'history' to see what ran");
			}
			new Repairs(store, directory, this.clock).resolve(connection, before, matching.get(0), resolution);
			return new MigrationResult(before, List.of(), store.rows(connection));
		});
	}

	/**
	 * Accepts, on purpose, the edited files of applied revisions: their current checksums become the ones later runs
	 * check against. For edits that change nothing the database needs (comments, formatting); anything else belongs
	 * in a new revision. A named revision whose file is unchanged is skipped. The command line spells it
	 * {@code migrations accept-checksum REV...}.
	 * @param revisions the revisions' ids or unambiguous prefixes
	 * @return the mismatches that were accepted
	 * @throws MigrationsException with {@link ErrorCode#NOTHING_TO_RESOLVE} when no revision is named or a named
	 * revision is not applied, or {@link ErrorCode#UNKNOWN_REVISION} for an unknown one
	 */
	public List<ChecksumMismatch> acceptChecksum(String... revisions) {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		List<String> ids = Arrays.stream(revisions).map((revision) -> directory.graph().resolve(revision).id()).toList();
		return withLock((connection, dialect, store) -> {
			Set<String> applied = planner.applied(store.rows(connection));
			List<ChecksumMismatch> mismatches = audit(connection, store, true).checksumMismatches(applied, directory);
			if (ids.isEmpty()) {
				throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, "Name the revisions whose edited files to"
						+ " accept; edited now: " + (mismatches.isEmpty() ? "none" : String.join(" ",
								mismatches.stream().map(ChecksumMismatch::revision).toList())));
			}
			for (String id : ids) {
				if (!applied.contains(id)) {
					throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, "Revision '" + id + "' is not applied,"
							+ " so its file is not checked and may change freely until it is applied");
				}
			}
			Repairs repairs = new Repairs(store, directory, this.clock);
			List<ChecksumMismatch> accepted = mismatches.stream().filter((mismatch) -> ids.contains(mismatch.revision()))
				.toList();
			for (ChecksumMismatch mismatch : accepted) {
				repairs.acceptChecksum(connection, mismatch);
			}
			return accepted;
		});
	}

	private MigrationResult migrate(PlanFunction planning) {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		return withLock((connection, dialect, store) -> {
			List<String> rows = store.rows(connection);
			check(connection, store, directory, planner, rows);
			Plan plan = planning.plan(planner, rows);
			StepExecutor executor = new StepExecutor(dialect, store, directory, this.listener, this.clock);
			List<StepResult> steps = executor.execute(connection, plan);
			MigrationResult result = new MigrationResult(plan.before(), steps, store.rows(connection));
			summarize(result);
			return result;
		});
	}

	private void check(Connection connection, VersionStore store, ScriptDirectory directory, Planner planner,
			List<String> rows) throws SQLException {
		HistoryAudit audit = audit(connection, store, true);
		audit.requireNoUnresolvedFailures();
		Set<String> applied = planner.applied(rows);
		if (this.config.validateChecksums()) {
			audit.requireMatchingChecksums(applied, directory);
		}
	}

	// Only the lock holder may mark started steps as failed: without the lock, another process may be running them.
	private static HistoryAudit audit(Connection connection, VersionStore store, boolean locked) throws SQLException {
		List<HistoryRecord> history = store.history(connection, Integer.MAX_VALUE);
		if (locked && history.stream().anyMatch((record) -> record.outcome() == Outcome.STARTED)) {
			int marked = store.markAbandoned(connection);
			logger.warn("Found {} step(s) started by a process that stopped before finishing them; marked them failed",
					marked);
			history = store.history(connection, Integer.MAX_VALUE);
		}
		return new HistoryAudit(history);
	}

	private static void summarize(MigrationResult result) {
		if (result.steps().isEmpty()) {
			logger.info("Nothing to do: the database is at {}", describe(result.current()));
		}
		else {
			logger.info("Migrated from {} to {}: {} revision(s) in {} ms", describe(result.before()),
					describe(result.current()), result.steps().size(), result.duration().toMillis());
		}
	}

	private static String describe(List<String> rows) {
		return rows.isEmpty() ? "<base>" : String.join(", ", rows);
	}

	private ScriptDirectory scripts() {
		ScriptDirectory current = this.scripts;
		if (current == null) {
			synchronized (this) {
				current = this.scripts;
				if (current == null) {
					current = ScriptDirectory.load(this.locations, this.classLoader, Dialects.names());
					this.scripts = current;
				}
			}
		}
		return current;
	}

	private VersionStore store(Dialect dialect) {
		return new VersionStore(dialect, this.schema, this.versionTable, this.historyTable);
	}

	private <T> T withLock(LockedWork<T> work) {
		return withConnection((connection, dialect) -> {
			VersionStore store = store(dialect);
			String lockName = dialect.lockName(connection, this.schema, this.versionTable);
			try (MigrationLock lock = dialect.lock(connection, lockName, this.config.lockTimeout())) {
				return work.run(connection, dialect, store);
			}
		});
	}

	private <T> T withConnection(ConnectionWork<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			T result;
			try {
				result = work.run(connection, Dialects.of(connection));
			}
			catch (RuntimeException | SQLException ex) {
				// Restoring the connection may fail too (it may be broken): that must not hide the first failure.
				try {
					connection.setAutoCommit(autoCommit);
				}
				catch (SQLException restore) {
					ex.addSuppressed(restore);
				}
				throw ex;
			}
			connection.setAutoCommit(autoCommit);
			return result;
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Database error: " + ex.getMessage()
					+ " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	@FunctionalInterface
	private interface ConnectionWork<T> {

		T run(Connection connection, Dialect dialect) throws SQLException;

	}

	@FunctionalInterface
	private interface LockedWork<T> {

		T run(Connection connection, Dialect dialect, VersionStore store) throws SQLException;

	}

	@FunctionalInterface
	private interface PlanFunction {

		Plan plan(Planner planner, List<String> rows);

	}

	/**
	 * Configures a {@link Migrations} engine; every setting starts at its {@link MigrationsConfig} default.
	 */
	public static final class Builder {

		private final DataSource dataSource;

		private List<String> locations = List.of(MigrationsConfig.DEFAULT_LOCATION);

		private @Nullable String schema;

		private String versionTable = MigrationsConfig.DEFAULT_VERSION_TABLE;

		private String historyTable = MigrationsConfig.DEFAULT_HISTORY_TABLE;

		private Duration lockTimeout = MigrationsConfig.DEFAULT_LOCK_TIMEOUT;

		private boolean validateChecksums = MigrationsConfig.DEFAULT_VALIDATE_CHECKSUMS;

		private MigrationListener listener = MigrationListener.NONE;

		private Clock clock = Clock.systemUTC();

		private ClassLoader classLoader = Migrations.class.getClassLoader();

		private Builder(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		/**
		 * Sets where revision files live.
		 * @param locations {@code classpath:} or {@code filesystem:} locations
		 * @return this builder
		 */
		public Builder locations(List<String> locations) {
			this.locations = List.copyOf(locations);
			return this;
		}

		/**
		 * Sets the schema of the version tables.
		 * @param schema the schema, or {@code null} for the connection's default
		 * @return this builder
		 */
		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Sets the version table's name.
		 * @param versionTable the table name
		 * @return this builder
		 */
		public Builder versionTable(String versionTable) {
			this.versionTable = versionTable;
			return this;
		}

		/**
		 * Sets the history table's name.
		 * @param historyTable the table name
		 * @return this builder
		 */
		public Builder historyTable(String historyTable) {
			this.historyTable = historyTable;
			return this;
		}

		/**
		 * Sets how long to wait for another process's migration.
		 * @param lockTimeout the timeout
		 * @return this builder
		 */
		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		/**
		 * Sets whether to refuse to migrate when an applied revision's file changed since it was applied.
		 * @param validateChecksums {@code false} to skip the check
		 * @return this builder
		 */
		public Builder validateChecksums(boolean validateChecksums) {
			this.validateChecksums = validateChecksums;
			return this;
		}

		/**
		 * Sets the listener that receives step events.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(MigrationListener listener) {
			this.listener = listener;
			return this;
		}

		/**
		 * Sets the clock that times steps.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Sets the class loader that classpath locations are read with.
		 * @param classLoader the class loader
		 * @return this builder
		 */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Checks the settings and creates the engine.
		 * @return the engine
		 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} for an unacceptable setting
		 */
		public Migrations build() {
			return new Migrations(this);
		}

	}

}
