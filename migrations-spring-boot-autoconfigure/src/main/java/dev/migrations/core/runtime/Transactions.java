package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction around some database work on a connection in auto-commit mode: committed when the work returns,
 * rolled back on any failure, auto-commit restored either way.
 */
final class Transactions {

	private Transactions() {
	}

	/**
	 * Runs work in one transaction on a connection in auto-commit mode, rolling back on any failure.
	 * @param connection the connection
	 * @param work the work
	 * @throws SQLException on a database error
	 */
	static void inTransaction(Connection connection, SqlWork work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			work.run();
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			rollbackQuietly(connection, ex);
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	static void rollbackQuietly(Connection connection, Exception failure) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	/** Database work that may throw {@link SQLException}. */
	@FunctionalInterface
	interface SqlWork {

		void run() throws SQLException;

	}

}
