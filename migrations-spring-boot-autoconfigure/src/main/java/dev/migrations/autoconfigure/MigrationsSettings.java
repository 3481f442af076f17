package dev.migrations.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The settings of one migrated database, shared by the top-level {@code migrations.*} properties and by each
 * {@code migrations.instances.<name>.*}.
 */
public abstract class MigrationsSettings {

	/**
	 * Locations of revision files, each 'classpath:' or 'filesystem:'.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

	/**
	 * What to do with the database at startup.
	 */
	private Startup startup = Startup.UPGRADE;

	/**
	 * Revision to upgrade to at startup: 'heads', 'head', a revision id, or '+N'.
	 */
	private String target = "heads";

	/**
	 * Revision to stamp a database that has tables but no version table at, instead of running the revisions up to
	 * it, when startup upgrades: a revision id, or 'true' for the single base revision.
	 */
	private @Nullable String baselineOnStartup;

	/**
	 * Schema of the version and history tables. Defaults to the connection's default schema.
	 */
	private @Nullable String schema;

	/**
	 * Name of the table that holds one row per current head revision.
	 */
	private String versionTable = "migrations_version";

	/**
	 * Name of the append-only table that records every step run.
	 */
	private String historyTable = "migrations_history";

	/**
	 * Whether each revision commits in its own transaction, rather than all consecutive transactional revisions of a
	 * run in one.
	 */
	private boolean transactionPerMigration = true;

	/**
	 * Whether applied revisions whose files changed since they ran stop a migration.
	 */
	private boolean validateChecksums = true;

	/**
	 * Maximum time to wait for another instance's migration to finish.
	 */
	private Duration lockTimeout = Duration.ofMinutes(5);

	/**
	 * Values substituted for '${name}' in revision SQL.
	 */
	private Map<String, String> placeholders = new LinkedHashMap<>();

	/**
	 * Whether a database at a revision that no revision file declares starts unchanged instead of failing.
	 */
	private boolean allowUnknownRevisions = false;

	/**
	 * JDBC URL of the database to migrate, to migrate through a connection of its own.
	 */
	private @Nullable String url;

	/**
	 * Login user of the database to migrate, to migrate as another user than the application.
	 */
	private @Nullable String user;

	/**
	 * Login password of the database to migrate.
	 */
	private @Nullable String password;

	private final Revision revision = new Revision();

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public Startup getStartup() {
		return this.startup;
	}

	public void setStartup(Startup startup) {
		this.startup = startup;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public @Nullable String getBaselineOnStartup() {
		return this.baselineOnStartup;
	}

	public void setBaselineOnStartup(@Nullable String baselineOnStartup) {
		this.baselineOnStartup = baselineOnStartup;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public boolean isTransactionPerMigration() {
		return this.transactionPerMigration;
	}

	public void setTransactionPerMigration(boolean transactionPerMigration) {
		this.transactionPerMigration = transactionPerMigration;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Map<String, String> getPlaceholders() {
		return this.placeholders;
	}

	public void setPlaceholders(Map<String, String> placeholders) {
		this.placeholders = placeholders;
	}

	public boolean isAllowUnknownRevisions() {
		return this.allowUnknownRevisions;
	}

	public void setAllowUnknownRevisions(boolean allowUnknownRevisions) {
		this.allowUnknownRevisions = allowUnknownRevisions;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public Revision getRevision() {
		return this.revision;
	}

	/**
	 * Settings of the {@code revision} command.
	 */
	public static class Revision {

		/**
		 * Directory that the 'revision' command writes new revision files to.
		 */
		private String directory = "src/main/resources/db/migrations";

		public String getDirectory() {
			return this.directory;
		}

		public void setDirectory(String directory) {
			this.directory = directory;
		}

	}

	/**
	 * What the application does with its database at startup.
	 */
	public enum Startup {

		/**
		 * Upgrade the database to the target.
		 */
		UPGRADE,

		/**
		 * Start only if the database is at the heads; fail with the pending revisions otherwise.
		 */
		VALIDATE,

		/**
		 * Do nothing.
		 */
		NONE

	}

}
