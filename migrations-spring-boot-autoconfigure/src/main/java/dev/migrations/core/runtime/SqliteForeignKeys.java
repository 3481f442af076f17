package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Switches SQLite's foreign key enforcement off around a revision that may rebuild a table, and back on after. It
 * must happen outside the transaction: inside one, {@code PRAGMA foreign_keys} is silently ignored. With enforcement
 * off, dropping the old table deletes no rows of the tables that reference it, so no {@code ON DELETE CASCADE}
 * fires; the rebuild checks the foreign keys itself afterwards.
 */
final class SqliteForeignKeys {

	private SqliteForeignKeys() {
	}

	static void offAround(Connection connection, boolean needed, Transactions.SqlWork work) throws SQLException {
		if (!needed || !enforced(connection)) {
			work.run();
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA foreign_keys = OFF");
		}
		try {
			work.run();
		}
		finally {
			try (Statement statement = connection.createStatement()) {
				statement.execute("PRAGMA foreign_keys = ON");
			}
		}
	}

	private static boolean enforced(Connection connection) throws SQLException {
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("sqlite")) {
			return false;
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
			return result.next() && result.getInt(1) == 1;
		}
	}

}
