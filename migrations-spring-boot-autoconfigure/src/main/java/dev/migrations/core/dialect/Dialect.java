package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.DatabaseInfo;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.render.SchemaRenderer;

/**
 * What differs between databases: how a URL and a driver's product name are recognised, how identifiers are quoted,
 * whether DDL is transactional, how SQL is cut into statements, the version tables' DDL, how timestamps are stored
 * and how concurrent migrations are kept apart. Adding a database is implementing this interface and registering
 * the class in {@link Dialects}.
 */
public interface Dialect {

	/**
	 * Returns the name revision files use in {@code dialect=...}.
	 * @return the dialect name, such as {@code postgresql}
	 */
	String name();

	/**
	 * Whether a JDBC URL is for this database, decided without connecting.
	 * @param url the JDBC URL, in lower case
	 * @return {@code true} if this dialect migrates it
	 */
	boolean recognizesUrl(String url);

	/**
	 * Whether a driver's {@link DatabaseMetaData#getDatabaseProductName() product name} is this database's.
	 * @param product the product name, in lower case
	 * @return {@code true} if this dialect migrates it
	 */
	boolean recognizesProduct(String product);

	/**
	 * Whether DDL runs inside a transaction and rolls back with it. Where it does not, every revision is run the way
	 * a non-transactional one is: recorded as started first, so that a failure part-way leaves a trace.
	 * @return {@code true} for PostgreSQL and SQLite; {@code false} for MySQL, MariaDB and H2, which commit each DDL
	 * statement by itself
	 */
	default boolean transactionalDdl() {
		return true;
	}

	/**
	 * Whether a statement failed because what it creates (a table, an index, a constraint) already exists: the sign
	 * of a database created by hand or by another tool, whose revisions should be stamped rather than run.
	 * @param error the database's error
	 * @return {@code true} for an "already exists" error of this database
	 */
	default boolean alreadyExists(SQLException error) {
		return false;
	}

	/**
	 * Returns the renderer of portable operations for this database.
	 * @return the renderer
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} where portable operations are not
	 * supported yet
	 */
	default SchemaRenderer renderer() {
		throw new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "Portable operations ('-- migrations:operations')"
				+ " are not supported on " + name() + " yet; write the revision as SQL");
	}

	/**
	 * Quotes an identifier.
	 * @param identifier a checked identifier
	 * @return the identifier in this database's quotes
	 */
	default String quote(SqlIdentifier identifier) {
		return '"' + identifier.name() + '"';
	}

	/**
	 * Writes a string as an SQL literal, for offline scripts.
	 * @param value the string
	 * @return the literal, quoted
	 */
	default String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * Ends a statement of an offline script, so that the database's command-line client runs it as one statement.
	 * @param sql the statement, without its delimiter
	 * @return the statement and its delimiter
	 */
	default String scriptStatement(String sql) {
		return sql + ";";
	}

	/**
	 * Describes the database of a connection, its URL's passwords masked.
	 * @param connection the connection
	 * @return the description
	 * @throws SQLException on a database error
	 */
	default DatabaseInfo describe(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		return new DatabaseInfo(name(), metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(),
				DatabaseInfo.maskUrl(metaData.getURL()));
	}

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
		return (schema != null) ? quote(schema) + "." + quote(table) : quote(table);
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
	 * Which of two tables of a schema exist, for the check at head, which needs both the version and the history
	 * table: one catalog query where the database allows, else {@link #tableExists} for each.
	 * @param connection the connection
	 * @param schema the schema, or {@code null} for the connection's default
	 * @param first the first table
	 * @param second the second table
	 * @return whether each exists, in order
	 * @throws SQLException on a database error
	 */
	default boolean[] tablesExist(Connection connection, @Nullable SqlIdentifier schema, SqlIdentifier first,
			SqlIdentifier second) throws SQLException {
		return new boolean[] { tableExists(connection, schema, first), tableExists(connection, schema, second) };
	}

	/**
	 * Returns the names of the tables of a schema, for {@code baseline}, which must tell an empty database from one
	 * created before the migrations: every table the driver reports as a {@code TABLE}, in name order.
	 * @param connection the connection
	 * @param schema the schema, or {@code null} for the connection's default
	 * @return the table names, without schema
	 * @throws SQLException on a database error
	 */
	default List<String> tableNames(Connection connection, @Nullable SqlIdentifier schema) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String name = (schema != null) ? schema.name() : connection.getSchema();
		String pattern = (name != null) ? escapePattern(name, metaData.getSearchStringEscape()) : null;
		List<String> tables = new ArrayList<>();
		try (ResultSet result = metaData.getTables(connection.getCatalog(), pattern, "%", new String[] { "TABLE" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME"));
			}
		}
		return tables.stream().sorted().toList();
	}

	/**
	 * Returns the statements that create a schema if it is missing: standard SQL's {@code CREATE SCHEMA IF NOT EXISTS}
	 * unless the database differs.
	 * @param schema the schema
	 * @return the statements, empty where the database has no schemas to create
	 */
	default List<String> createSchema(SqlIdentifier schema) {
		return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
	}

	/**
	 * Returns the type of an auto-incremented primary key column.
	 * @return the column definition after the column name
	 */
	String identityColumn();

	/**
	 * Returns the column type that stores a point in time: standard SQL's {@code TIMESTAMP WITH TIME ZONE} unless the
	 * database differs.
	 * @return the SQL type
	 */
	default String timestampType() {
		return "TIMESTAMP WITH TIME ZONE";
	}

	/**
	 * Returns the SQL expression of the current time, as {@link #timestampType()} stores it, for offline scripts.
	 * @return the expression
	 */
	default String currentTimestampSql() {
		return "CURRENT_TIMESTAMP";
	}

	/**
	 * Returns the SQL expression of the current database user, for offline scripts.
	 * @return the expression
	 */
	default String currentUserSql() {
		return "CURRENT_USER";
	}

	/**
	 * Binds a point in time to a parameter of a column of {@link #timestampType()}, as an {@link OffsetDateTime} in
	 * UTC unless the database differs.
	 * @param statement the statement
	 * @param index the parameter index
	 * @param instant the time, or {@code null}
	 * @throws SQLException on a database error
	 */
	default void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
		statement.setObject(index, (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null);
	}

	/**
	 * Reads a point in time from a column of {@link #timestampType()}, as an {@link OffsetDateTime} unless the
	 * database differs.
	 * @param result the result set
	 * @param index the column index
	 * @return the time, or {@code null}
	 * @throws SQLException on a database error
	 */
	default @Nullable Instant getTimestamp(ResultSet result, int index) throws SQLException {
		OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

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
	 * @param connection the migration connection, which stays open until the lock is released
	 * @param connections opens another connection, for a dialect whose lock cannot live on the migration connection
	 * @param name a name for the lock, the same for every process migrating the same tables
	 * @param timeout how long to wait for another holder
	 * @return the lock, released on close
	 * @throws SQLException on a database error
	 */
	MigrationLock lock(Connection connection, ConnectionSource connections, String name, Duration timeout)
			throws SQLException;

	/**
	 * Takes the lock on the migration connection alone, for a dialect whose lock lives there (all but H2).
	 * @param connection the migration connection, which stays open until the lock is released
	 * @param name a name for the lock, the same for every process migrating the same tables
	 * @param timeout how long to wait for another holder
	 * @return the lock, released on close
	 * @throws SQLException on a database error, or when this dialect's lock needs another connection
	 */
	default MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
		return lock(connection, () -> {
			throw new SQLException("The " + name() + " migration lock needs a connection of its own; pass a"
					+ " ConnectionSource");
		}, name, timeout);
	}

	private static String escapePattern(String name, @Nullable String escape) {
		if (escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

}
