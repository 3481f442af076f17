package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.api.Step;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The version table (one row per current head, like {@code alembic_version}), created with the append-only history
 * table beside it. With {@link HistoryTable}, the only class that writes either.
 */
final class VersionStore {

	private static final Logger logger = LoggerFactory.getLogger(VersionStore.class);

	private final Dialect dialect;

	private final @Nullable SqlIdentifier schema;

	private final SqlIdentifier versionTable;

	private final SqlIdentifier historyTable;

	private final String versionName;

	private final String historyName;

	private final HistoryTable history;

	public VersionStore(Dialect dialect, @Nullable SqlIdentifier schema, SqlIdentifier versionTable,
			SqlIdentifier historyTable) {
		this.dialect = dialect;
		this.schema = schema;
		this.versionTable = versionTable;
		this.historyTable = historyTable;
		this.versionName = dialect.qualify(schema, versionTable);
		this.historyName = dialect.qualify(schema, historyTable);
		this.history = new HistoryTable(dialect, schema, historyTable);
	}

	/**
	 * Returns the history table's rows, which this store creates beside the version table.
	 * @return the history table
	 */
	HistoryTable historyTable() {
		return this.history;
	}

	/**
	 * Returns the statements that create the schema and both tables.
	 * @return the DDL, in order
	 */
	public List<String> createStatements() {
		List<String> statements = new ArrayList<>();
		if (this.schema != null) {
			statements.addAll(this.dialect.createSchema(this.schema));
		}
		statements.add("CREATE TABLE " + this.versionName + " (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
		statements.add("CREATE TABLE " + this.historyName + " (id " + this.dialect.identityColumn()
				+ ", revision VARCHAR(32) NOT NULL, direction VARCHAR(9) NOT NULL, message VARCHAR(500) NOT NULL,"
				+ " script VARCHAR(1000) NOT NULL, checksum VARCHAR(64) NOT NULL, started_at "
				+ this.dialect.timestampType() + " NOT NULL, finished_at " + this.dialect.timestampType()
				+ ", duration_ms BIGINT, installed_by VARCHAR(100) NOT NULL, outcome VARCHAR(10) NOT NULL)");
		return statements;
	}

	/**
	 * Creates the schema and the tables unless the version table exists: in the caller's transaction when the
	 * connection is in one (so that a failing first revision takes the new tables with it), else in a transaction of
	 * its own.
	 * @param connection the connection
	 * @return whether the tables were created
	 * @throws SQLException on a database error
	 */
	public boolean createIfMissing(Connection connection) throws SQLException {
		if (this.dialect.tableExists(connection, this.schema, this.versionTable)) {
			return false;
		}
		logger.info("Creating version table {} and history table {}", this.versionName, this.historyName);
		Transactions.SqlWork create = () -> {
			try (Statement statement = connection.createStatement()) {
				for (String sql : createStatements()) {
					logger.debug("Executing: {}", sql);
					statement.execute(sql);
				}
			}
		};
		if (connection.getAutoCommit()) {
			Transactions.inTransaction(connection, create);
		}
		else {
			create.run();
		}
		return true;
	}

	/**
	 * Whether the version table exists.
	 * @param connection the connection
	 * @return {@code true} if it exists
	 * @throws SQLException on a database error
	 */
	public boolean exists(Connection connection) throws SQLException {
		return this.dialect.tableExists(connection, this.schema, this.versionTable);
	}

	/**
	 * Returns the tables of the version tables' schema (and of the connection's default schema, when another schema
	 * is configured) other than the version and history tables: what shows that a database without a version table
	 * was created before the migrations.
	 * @param connection the connection
	 * @return the table names, sorted
	 * @throws SQLException on a database error
	 */
	public List<String> otherTables(Connection connection) throws SQLException {
		Set<String> tables = new TreeSet<>(this.dialect.tableNames(connection, this.schema));
		if (this.schema != null) {
			tables.addAll(this.dialect.tableNames(connection, null));
		}
		tables.removeIf((table) -> table.equalsIgnoreCase(this.versionTable.name())
				|| table.equalsIgnoreCase(this.historyTable.name()));
		return List.copyOf(tables);
	}

	/**
	 * Reads the version rows.
	 * @param connection the connection
	 * @return the current revisions, empty when the table does not exist yet
	 * @throws SQLException on a database error
	 */
	public List<String> rows(Connection connection) throws SQLException {
		return rows(connection, this.dialect.tableExists(connection, this.schema, this.versionTable));
	}

	/**
	 * Which of the version and history tables exist, in one catalog query: what the check at head reads first.
	 * @param connection the connection
	 * @return the tables present
	 * @throws SQLException on a database error
	 */
	public Tables tables(Connection connection) throws SQLException {
		boolean[] exist = this.dialect.tablesExist(connection, this.schema, this.versionTable, this.historyTable);
		return new Tables(exist[0], exist[1]);
	}

	/**
	 * Reads the version rows and the history's checksums in one query, both tables known to exist: the check at head
	 * of an engine that found them before, in one round trip instead of three.
	 * @param connection the connection
	 * @return what the check at head reads
	 * @throws SQLException on a database error, such as a table dropped since
	 */
	HeadReading readHead(Connection connection) throws SQLException {
		List<String> rows = new ArrayList<>();
		Map<String, String> checksums = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num, NULL, NULL, -1 FROM " + this.versionName
						+ " UNION ALL " + this.history.checksumsQuery() + " ORDER BY 4 DESC")) {
			while (result.next()) {
				String outcome = result.getString(3);
				if (outcome == null) {
					rows.add(result.getString(1));
				}
				else if (!HistoryTable.addFinished(checksums, result.getString(1), result.getString(2), outcome)) {
					return new HeadReading(rows, null);
				}
			}
		}
		return new HeadReading(rows, checksums);
	}

	/**
	 * Reads the version rows, knowing whether the version table exists.
	 * @param connection the connection
	 * @param exists whether the version table exists
	 * @return the current revisions, empty when the table does not exist
	 * @throws SQLException on a database error
	 */
	public List<String> rows(Connection connection, boolean exists) throws SQLException {
		if (!exists) {
			return List.of();
		}
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM " + this.versionName)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	/**
	 * Returns the statements that move the version rows for a step.
	 * @param step the step
	 * @return the SQL, in order, with literal values
	 */
	public List<String> rowStatements(Step step) {
		return rowStatements(step.removedRows(), step.addedRows());
	}

	/**
	 * Returns the statements that replace some version rows by others: an update per pair, then deletes or inserts.
	 * @param removed the rows to take away
	 * @param added the rows to add
	 * @return the SQL, in order, with literal values
	 */
	public List<String> rowStatements(List<String> removed, List<String> added) {
		List<String> sql = new ArrayList<>();
		int updates = Math.min(removed.size(), added.size());
		for (int i = 0; i < updates; i++) {
			sql.add("UPDATE " + this.versionName + " SET version_num = '" + added.get(i) + "' WHERE version_num = '"
					+ removed.get(i) + "'");
		}
		for (String row : removed.subList(updates, removed.size())) {
			sql.add("DELETE FROM " + this.versionName + " WHERE version_num = '" + row + "'");
		}
		for (String row : added.subList(updates, added.size())) {
			sql.add("INSERT INTO " + this.versionName + " (version_num) VALUES ('" + row + "')");
		}
		return sql;
	}

	/**
	 * Moves the version rows for a step, checking that each statement changed exactly one row.
	 * @param connection the connection, inside the step's transaction
	 * @param step the step
	 * @throws SQLException on a database error
	 */
	public void move(Connection connection, Step step) throws SQLException {
		move(connection, step.removedRows(), step.addedRows(), "revision '" + step.revision().id() + "'");
	}

	/**
	 * Replaces some version rows by others, checking that each statement changed exactly one row.
	 * @param connection the connection, inside a transaction
	 * @param removed the rows to take away
	 * @param added the rows to add
	 * @param cause what moves the rows, for the message: a revision or a stamp
	 * @throws SQLException on a database error
	 */
	public void move(Connection connection, List<String> removed, List<String> added, String cause)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : rowStatements(removed, added)) {
				logger.debug("Executing: {}", sql);
				int changed = statement.executeUpdate(sql);
				if (changed != 1) {
					throw new MigrationsException(ErrorCode.VERSION_TABLE_CONFLICT, "Expected to change one row of "
							+ this.versionName + " for " + cause + " but changed " + changed + " (" + sql
							+ "); another process may have migrated the database at the same time."
							+ " Run 'current' to see where it is");
				}
			}
		}
	}

	/**
	 * Which of the version and history tables exist.
	 *
	 * @param versionTable whether the version table exists
	 * @param historyTable whether the history table exists
	 */
	record Tables(boolean versionTable, boolean historyTable) {

	}

	/**
	 * What the check at head reads: the version rows, and the checksum of each revision's newest history row.
	 *
	 * @param rows the version rows; incomplete when the checksums are {@code null}
	 * @param checksums the checksums by revision, newest first; {@code null} when a row records a failed or unfinished
	 * step, which takes the whole rows (and the lock) to judge
	 */
	record HeadReading(List<String> rows, @Nullable Map<String, String> checksums) {

	}

}
