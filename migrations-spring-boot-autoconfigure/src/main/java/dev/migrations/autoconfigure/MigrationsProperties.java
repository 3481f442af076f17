package dev.migrations.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the migrations engine, under {@code migrations.*}.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

	/**
	 * Whether to migrate the database.
	 */
	private boolean enabled = true;

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
	 * Maximum time to wait for another instance's migration to finish.
	 */
	private Duration lockTimeout = Duration.ofMinutes(5);

	/**
	 * Whether to refuse to migrate when the file of an applied revision changed since it was applied.
	 */
	private boolean validateChecksums = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

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

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
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
