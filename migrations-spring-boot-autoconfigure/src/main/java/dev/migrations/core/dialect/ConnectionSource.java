package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens another connection to the database being migrated, for a lock that must live outside the migration
 * connection's transactions (H2's row lock, which a DDL statement's implicit commit would release).
 */
@FunctionalInterface
public interface ConnectionSource {

	/**
	 * Opens a connection; the caller closes it.
	 * @return a new connection
	 * @throws SQLException on a database error
	 */
	Connection open() throws SQLException;

}
