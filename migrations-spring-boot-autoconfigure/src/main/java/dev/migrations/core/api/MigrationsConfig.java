package dev.migrations.core.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The engine's settings, and their defaults, which the Spring Boot properties repeat.
 *
 * @param locations where revision files live
 * @param schema the schema of the version tables, or {@code null} for the connection's default
 * @param versionTable the table holding one row per current head
 * @param historyTable the append-only table of every step run
 * @param lockTimeout how long to wait for another process's migration
 * @param transactionPerMigration whether each revision commits on its own ({@code true}), or consecutive
 * transactional revisions of one command commit together ({@code false})
 * @param validateChecksums whether applied revisions whose files changed since they ran stop a migration
 * @param placeholders values substituted for {@code ${name}} in revision SQL
 * @param revisionDirectory the directory the {@code revision} command writes new revision files to
 * @param allowUnknownRevisions whether {@code upgrade} and {@code pending} leave a database at a revision the code
 * does not know alone, instead of failing
 */
public record MigrationsConfig(List<String> locations, @Nullable String schema, String versionTable,
		String historyTable, Duration lockTimeout, boolean transactionPerMigration, boolean validateChecksums,
		Map<String, String> placeholders, String revisionDirectory, boolean allowUnknownRevisions) {

	/** The default revision location. */
	public static final String DEFAULT_LOCATION = "classpath:db/migrations";

	/** The default version table. */
	public static final String DEFAULT_VERSION_TABLE = "migrations_version";

	/** The default history table. */
	public static final String DEFAULT_HISTORY_TABLE = "migrations_history";

	/** The default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

	/** By default every revision commits in its own transaction. */
	public static final boolean DEFAULT_TRANSACTION_PER_MIGRATION = true;

	/** By default changed files of applied revisions are reported. */
	public static final boolean DEFAULT_VALIDATE_CHECKSUMS = true;

	/** The default directory of new revision files: the source directory of the default location. */
	public static final String DEFAULT_REVISION_DIRECTORY = "src/main/resources/db/migrations";

	/** By default a database at a revision the code does not know is an error. */
	public static final boolean DEFAULT_ALLOW_UNKNOWN_REVISIONS = false;

	/**
	 * Checks the settings.
	 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} for a table or schema name that is not
	 * a plain identifier, one name for both tables, or a negative lock timeout
	 */
	public MigrationsConfig {
		locations = List.copyOf(locations);
		placeholders = Map.copyOf(placeholders);
		if (schema != null) {
			SqlIdentifier.of(schema, "schema");
		}
		SqlIdentifier.of(versionTable, "version table");
		SqlIdentifier.of(historyTable, "history table");
		if (versionTable.equalsIgnoreCase(historyTable)) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "The version table and the history table"
					+ " are both named '" + versionTable + "'; give them different names");
		}
		if (lockTimeout.isNegative()) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION,
					"The lock timeout must not be negative, but is " + lockTimeout);
		}
	}

	/**
	 * Returns the schema of the version tables as an identifier.
	 * @return the schema, or {@code null} for the connection's default
	 */
	public @Nullable SqlIdentifier schemaIdentifier() {
		return (this.schema != null) ? new SqlIdentifier(this.schema) : null;
	}

	/**
	 * Returns the version table as an identifier.
	 * @return the version table
	 */
	public SqlIdentifier versionTableIdentifier() {
		return new SqlIdentifier(this.versionTable);
	}

	/**
	 * Returns the history table as an identifier.
	 * @return the history table
	 */
	public SqlIdentifier historyTableIdentifier() {
		return new SqlIdentifier(this.historyTable);
	}

	/**
	 * Returns these settings with other locations.
	 * @param newLocations the locations
	 * @return the changed settings
	 */
	public MigrationsConfig withLocations(List<String> newLocations) {
		return new MigrationsConfig(newLocations, this.schema, this.versionTable, this.historyTable, this.lockTimeout,
				this.transactionPerMigration, this.validateChecksums, this.placeholders, this.revisionDirectory,
				this.allowUnknownRevisions);
	}

	/**
	 * Returns the default settings.
	 * @return the defaults
	 */
	public static MigrationsConfig defaults() {
		return new MigrationsConfig(List.of(DEFAULT_LOCATION), null, DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE,
				DEFAULT_LOCK_TIMEOUT, DEFAULT_TRANSACTION_PER_MIGRATION, DEFAULT_VALIDATE_CHECKSUMS, Map.of(),
				DEFAULT_REVISION_DIRECTORY, DEFAULT_ALLOW_UNKNOWN_REVISIONS);
	}

}
