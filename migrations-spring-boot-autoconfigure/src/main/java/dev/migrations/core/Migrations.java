package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
import dev.migrations.core.runtime.HistoryRecord;
import dev.migrations.core.runtime.MigrationListener;
import dev.migrations.core.runtime.Plan;
import dev.migrations.core.runtime.Planner;
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
				builder.historyTable, builder.lockTimeout);
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
	 * @throws MigrationsException when the target is invalid or a revision fails (which is rolled back)
	 */
	public MigrationResult upgrade(String target) {
		Target parsed = Target.parse(target);
		return migrate((planner, rows) -> planner.upgrade(rows, parsed));
	}

	/**
	 * Reverts every applied revision above the target, dependents first, leaving other branches alone.
	 * @param target {@code base}, a revision, {@code -N}...
	 * @return the steps that ran and the resulting version rows
	 * @throws MigrationsException when the target is invalid or not below the current revisions, or a revision fails
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

	private MigrationResult migrate(PlanFunction planning) {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		return withConnection((connection, dialect) -> {
			VersionStore store = store(dialect);
			String lockName = dialect.lockName(connection, this.schema, this.versionTable);
			try (MigrationLock lock = dialect.lock(connection, lockName, this.config.lockTimeout())) {
				store.createIfMissing(connection);
				Plan plan = planning.plan(planner, store.rows(connection));
				StepExecutor executor = new StepExecutor(dialect, store, directory, this.listener, this.clock);
				List<StepResult> steps = executor.execute(connection, plan);
				MigrationResult result = new MigrationResult(plan.before(), steps, store.rows(connection));
				summarize(result);
				return result;
			}
		});
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

	private <T> T withConnection(ConnectionWork<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			try {
				return work.run(connection, Dialects.of(connection));
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
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
