package dev.migrations.core;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.Engine;
import dev.migrations.core.schema.SchemaModel;

/**
 * Configures a {@link Migrations} engine, as {@link Migrations#builder(DataSource)} starts it; every setting starts
 * at its {@link MigrationsConfig} default.
 */
public final class MigrationsBuilder {

	/** The name of an engine whose builder set none: Spring Boot's name of the application's DataSource. */
	public static final String DEFAULT_NAME = "dataSource";

	private final DataSource dataSource;

	private String name = DEFAULT_NAME;

	private List<String> locations = List.of(MigrationsConfig.DEFAULT_LOCATION);

	private @Nullable String schema;

	private String versionTable = MigrationsConfig.DEFAULT_VERSION_TABLE;

	private String historyTable = MigrationsConfig.DEFAULT_HISTORY_TABLE;

	private Duration lockTimeout = MigrationsConfig.DEFAULT_LOCK_TIMEOUT;

	private boolean transactionPerMigration = MigrationsConfig.DEFAULT_TRANSACTION_PER_MIGRATION;

	private boolean validateChecksums = MigrationsConfig.DEFAULT_VALIDATE_CHECKSUMS;

	private Map<String, String> placeholders = Map.of();

	private String revisionDirectory = MigrationsConfig.DEFAULT_REVISION_DIRECTORY;

	private boolean allowUnknownRevisions = MigrationsConfig.DEFAULT_ALLOW_UNKNOWN_REVISIONS;

	private MigrationListener listener = MigrationListener.NONE;

	private Clock clock = Clock.systemUTC();

	private ClassLoader classLoader = Migrations.class.getClassLoader();

	private @Nullable SchemaModel model;

	MigrationsBuilder(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Sets the name of the DataSource, as logs, meters and the actuator endpoint show it: in a Spring application,
	 * its bean name.
	 * @param name the name
	 * @return this builder
	 */
	public MigrationsBuilder name(String name) {
		this.name = name;
		return this;
	}

	/**
	 * Sets where revision files live.
	 * @param locations {@code classpath:} or {@code filesystem:} locations
	 * @return this builder
	 */
	public MigrationsBuilder locations(List<String> locations) {
		this.locations = List.copyOf(locations);
		return this;
	}

	/**
	 * Sets the schema of the version tables.
	 * @param schema the schema, or {@code null} for the connection's default
	 * @return this builder
	 */
	public MigrationsBuilder schema(@Nullable String schema) {
		this.schema = schema;
		return this;
	}

	/**
	 * Sets the version table's name.
	 * @param versionTable the table name
	 * @return this builder
	 */
	public MigrationsBuilder versionTable(String versionTable) {
		this.versionTable = versionTable;
		return this;
	}

	/**
	 * Sets the history table's name.
	 * @param historyTable the table name
	 * @return this builder
	 */
	public MigrationsBuilder historyTable(String historyTable) {
		this.historyTable = historyTable;
		return this;
	}

	/**
	 * Sets how long to wait for another process's migration.
	 * @param lockTimeout the timeout
	 * @return this builder
	 */
	public MigrationsBuilder lockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
		return this;
	}

	/**
	 * Sets whether each revision commits in its own transaction. With {@code false}, consecutive transactional
	 * revisions of one command commit together, so a failure rolls them all back; a non-transactional revision
	 * still runs on its own between them.
	 * @param transactionPerMigration {@code true} for one transaction per revision
	 * @return this builder
	 */
	public MigrationsBuilder transactionPerMigration(boolean transactionPerMigration) {
		this.transactionPerMigration = transactionPerMigration;
		return this;
	}

	/**
	 * Sets whether applied revisions whose files changed since they ran stop a migration.
	 * @param validateChecksums {@code true} to compare checksums
	 * @return this builder
	 */
	public MigrationsBuilder validateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
		return this;
	}

	/**
	 * Sets the values substituted for {@code ${name}} in revision SQL.
	 * @param placeholders each name's value
	 * @return this builder
	 */
	public MigrationsBuilder placeholders(Map<String, String> placeholders) {
		this.placeholders = Map.copyOf(placeholders);
		return this;
	}

	/**
	 * Sets the directory the {@code revision} command writes new revision files to.
	 * @param revisionDirectory the directory, relative to the working directory or absolute
	 * @return this builder
	 */
	public MigrationsBuilder revisionDirectory(String revisionDirectory) {
		this.revisionDirectory = revisionDirectory;
		return this;
	}

	/**
	 * Sets whether a database at a revision the code does not know is left alone by {@code upgrade} (which then
	 * does nothing) and {@code pending} (which then returns nothing), instead of failing.
	 * @param allowUnknownRevisions {@code true} to tolerate a database migrated by newer code
	 * @return this builder
	 */
	public MigrationsBuilder allowUnknownRevisions(boolean allowUnknownRevisions) {
		this.allowUnknownRevisions = allowUnknownRevisions;
		return this;
	}

	/**
	 * Sets the listener that receives step events. The engine binds it to its name with
	 * {@link MigrationListener#forDataSource(String)}.
	 * @param listener the listener
	 * @return this builder
	 */
	public MigrationsBuilder listener(MigrationListener listener) {
		this.listener = listener;
		return this;
	}

	/**
	 * Sets the clock that times steps.
	 * @param clock the clock
	 * @return this builder
	 */
	public MigrationsBuilder clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/**
	 * Sets the class loader that classpath locations are read with.
	 * @param classLoader the class loader
	 * @return this builder
	 */
	public MigrationsBuilder classLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
		return this;
	}

	/**
	 * Sets the model that {@code revision --autogenerate} and {@code check} compare the database with.
	 * @param model the model, or {@code null} for none
	 * @return this builder
	 */
	public MigrationsBuilder model(@Nullable SchemaModel model) {
		this.model = model;
		return this;
	}

	/**
	 * Checks the settings and creates the engine.
	 * @return the engine
	 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} for an unacceptable setting
	 */
	public Migrations build() {
		MigrationsConfig config = new MigrationsConfig(this.locations, this.schema, this.versionTable,
				this.historyTable, this.lockTimeout, this.transactionPerMigration, this.validateChecksums,
				this.placeholders, this.revisionDirectory, this.allowUnknownRevisions);
		String engineName = Objects.requireNonNull(this.name, "name");
		return new Migrations(new Engine(Objects.requireNonNull(this.dataSource, "dataSource"), engineName, config,
				this.listener.forDataSource(engineName), this.clock, this.classLoader, this.model));
	}

}
