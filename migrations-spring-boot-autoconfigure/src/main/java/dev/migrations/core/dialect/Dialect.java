package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What differs between databases: how SQL is cut into statements, the version tables' DDL, how timestamps are
 * stored and how concurrent migrations are kept apart. Room is left here for DDL rendering and introspection.
 */
public interface Dialect {

	/**
	 * Returns the name revision files use in {@code dialect=...}.
	 * @return the dialect name, such as {@code postgresql}
	 */
	String name();

	/**
	 * Cuts SQL into statements.
	 * @param sql the SQL of one section
	 * @return the statements in order
	 */
	List<SqlStatement> split(String sql);

	/**
	 * Returns the qualified, quoted name of a table.
	 * @param schema the schema, or {@code null} for the connection's default
	 * @param table the table
	 * @return the SQL name
	 */
	default String qualify(@Nullable SqlIdentifier schema, SqlIdentifier table) {
		return (schema != null) ? schema.quoted() + "." + table.quoted() : table.quoted();
	}

	/**
	 * Whether a table exists.
	 * @param connection the connection
	 * @param schema the schema, or {@code null} for the connection's default
	 * @param table the table
	 * @return {@code true} if it exists
	 * @throws SQLException on a database error
	 */
	boolean tableExists(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table) throws SQLException;

	/**
	 * Returns the statements that create a schema if it is missing.
	 * @param schema the schema
	 * @return the statements, empty where the database has no schemas to create
	 */
	List<String> createSchema(SqlIdentifier schema);

	/**
	 * Returns the type of an auto-incremented primary key column.
	 * @return the column definition after the column name
	 */
	String identityColumn();

	/**
	 * Returns the column type that stores a point in time.
	 * @return the SQL type
	 */
	String timestampType();

	/**
	 * Returns the SQL expression of the current time, as {@link #timestampType()} stores it, for offline scripts.
	 * @return the expression
	 */
	String currentTimestampSql();

	/**
	 * Returns the SQL expression of the current database user, for offline scripts.
	 * @return the expression
	 */
	String currentUserSql();

	/**
	 * Binds a point in time to a parameter of a column of {@link #timestampType()}.
	 * @param statement the statement
	 * @param index the parameter index
	 * @param instant the time, or {@code null}
	 * @throws SQLException on a database error
	 */
	void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException;

	/**
	 * Reads a point in time from a column of {@link #timestampType()}.
	 * @param result the result set
	 * @param index the column index
	 * @return the time, or {@code null}
	 * @throws SQLException on a database error
	 */
	@Nullable Instant getTimestamp(ResultSet result, int index) throws SQLException;

	/**
	 * Returns the name of the migration lock of a version table, the same in every process that migrates that table:
	 * {@code schema.table}, with the connection's current schema when none is configured, so that applications in
	 * different schemas of one database do not wait for each other.
	 * @param connection the connection
	 * @param schema the configured schema, or {@code null}
	 * @param table the version table
	 * @return the lock name
	 * @throws SQLException on a database error
	 */
	default String lockName(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier table)
			throws SQLException {
		String effective = (schema != null) ? schema.name() : connection.getSchema();
		return (effective != null && !effective.isEmpty()) ? effective + "." + table.name() : table.name();
	}

	/**
	 * Takes the lock that keeps concurrent migrations of the same version table apart.
	 * @param connection a connection that stays open until the lock is released
	 * @param name a name for the lock, the same for every process migrating the same tables
	 * @param timeout how long to wait for another holder
	 * @return the lock, released on close
	 * @throws SQLException on a database error
	 */
	MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException;

}
