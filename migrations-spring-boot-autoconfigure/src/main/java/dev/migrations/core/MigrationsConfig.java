package dev.migrations.core;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The engine's settings, and their defaults, which the Spring Boot properties repeat.
 *
 * @param locations where revision files live
 * @param schema the schema of the version tables, or {@code null} for the connection's default
 * @param versionTable the table holding one row per current head
 * @param historyTable the append-only table of every step run
 * @param lockTimeout how long to wait for another process's migration
 * @param validateChecksums whether to refuse to migrate when an applied revision's file changed since it was applied
 */
public record MigrationsConfig(List<String> locations, @Nullable String schema, String versionTable,
		String historyTable, Duration lockTimeout, boolean validateChecksums) {

	/** The default revision location. */
	public static final String DEFAULT_LOCATION = "classpath:db/migrations";

	/** The default version table. */
	public static final String DEFAULT_VERSION_TABLE = "migrations_version";

	/** The default history table. */
	public static final String DEFAULT_HISTORY_TABLE = "migrations_history";

	/** The default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

	/** Whether checksums are validated by default. */
	public static final boolean DEFAULT_VALIDATE_CHECKSUMS = true;

	public MigrationsConfig {
		locations = List.copyOf(locations);
	}

	/**
	 * Returns the default settings.
	 * @return the defaults
	 */
	public static MigrationsConfig defaults() {
		return new MigrationsConfig(List.of(DEFAULT_LOCATION), null, DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE,
				DEFAULT_LOCK_TIMEOUT, DEFAULT_VALIDATE_CHECKSUMS);
	}

}
