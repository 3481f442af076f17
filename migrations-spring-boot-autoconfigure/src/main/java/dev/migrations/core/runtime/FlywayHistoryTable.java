package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.FlywayScripts;

/**
 * What Flyway's {@code flyway_schema_history} says a database holds: the versions applied, with their checksums,
 * undo and deleted rows taken into account, and the baseline version, below which Flyway ran nothing.
 *
 * @param applied the applied versions mapped to Flyway's checksum of each, {@code null} where it has none
 * @param baseline the baseline version, or {@code null}
 */
record FlywayHistoryTable(NavigableMap<String, @Nullable Integer> applied, @Nullable String baseline) {

	static FlywayHistoryTable read(Connection connection, Dialect dialect, @Nullable SqlIdentifier schema,
			SqlIdentifier table) throws SQLException {
		if (!dialect.tableExists(connection, schema, table)) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "There is no Flyway history table "
					+ dialect.qualify(schema, table) + " to stamp from; import without --stamp, or name the table"
					+ " with --flyway-table");
		}
		NavigableMap<String, @Nullable Integer> applied = new TreeMap<>(FlywayScripts::compareVersions);
		String baseline = null;
		List<String> failed = new ArrayList<>();
		String sql = "SELECT version, checksum, type, success FROM " + dialect.qualify(schema, table)
				+ " ORDER BY installed_rank";
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				String version = result.getString(1);
				int checksum = result.getInt(2);
				Integer storedChecksum = result.wasNull() ? null : checksum;
				String type = result.getString(3).toUpperCase(Locale.ROOT);
				if (version == null || type.equals("SCHEMA")) {
					continue;
				}
				if (!result.getBoolean(4)) {
					failed.add(version);
				}
				else if (type.contains("BASELINE")) {
					baseline = version;
				}
				else if (type.startsWith("UNDO") || type.equals("DELETE")) {
					applied.remove(version);
				}
				else {
					applied.put(version, storedChecksum);
				}
			}
		}
		if (!failed.isEmpty()) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "Flyway's history " + dialect.qualify(schema, table)
					+ " records failed migration(s) " + String.join(", ", failed) + "; finish or undo them, run"
					+ " 'flyway repair', then import again");
		}
		return new FlywayHistoryTable(applied, baseline);
	}

	/**
	 * Returns the version the database is at: the highest applied version, or the baseline.
	 */
	@Nullable String current() {
		String highest = this.applied.isEmpty() ? null : this.applied.lastKey();
		if (this.baseline == null) {
			return highest;
		}
		return (highest == null || FlywayScripts.compareVersions(this.baseline, highest) > 0) ? this.baseline
				: highest;
	}

	/**
	 * Whether Flyway counts a version as applied: run, or at or below the baseline.
	 */
	boolean includes(String version) {
		return this.applied.containsKey(version)
				|| (this.baseline != null && FlywayScripts.compareVersions(version, this.baseline) <= 0);
	}

}
