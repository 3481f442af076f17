package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;

import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialects;

/**
 * Writes history rows the way the engine does, for tests that stage what a process that died left behind.
 */
public final class HistoryRows {

	private HistoryRows() {
	}

	/**
	 * Appends a row to the default history table, creating the version tables if they are missing.
	 * @param connection a connection in auto-commit mode
	 * @param record the row
	 * @throws SQLException on a database error
	 */
	public static void append(Connection connection, HistoryRecord record) throws SQLException {
		VersionStore store = new VersionStore(Dialects.of(connection), null,
				SqlIdentifier.of("migrations_version", "table"), SqlIdentifier.of("migrations_history", "table"));
		store.createIfMissing(connection);
		store.historyTable().append(connection, record);
	}

}
