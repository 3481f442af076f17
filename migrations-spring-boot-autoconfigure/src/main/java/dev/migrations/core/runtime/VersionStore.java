package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.api.Step;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The version table (one row per current head, like {@code alembic_version}) and the append-only history table
 * beside it. The only class that writes either.
 */
final class VersionStore {

	private static final Logger logger = LoggerFactory.getLogger(VersionStore.class);

	private static final String HISTORY_COLUMNS = "revision, direction, message, script, checksum, started_at,"
			+ " finished_at, duration_ms, installed_by, outcome";

	private static final int MAX_ROWS_LIMIT = 50_000_000;

	private final Dialect dialect;

	private final @Nullable SqlIdentifier schema;

	private final SqlIdentifier versionTable;

	private final SqlIdentifier historyTable;

	private final String versionName;

	private final String historyName;

	public VersionStore(Dialect dialect, @Nullable SqlIdentifier schema, SqlIdentifier versionTable,
			SqlIdentifier historyTable) {
		this.dialect = dialect;
		this.schema = schema;
		this.versionTable = versionTable;
		this.historyTable = historyTable;
		this.versionName = dialect.qualify(schema, versionTable);
		this.historyName = dialect.qualify(schema, historyTable);
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
	 * Returns the statement that appends a step's history row with literal values, for offline scripts.
	 * @param step the step
	 * @param script the file the step's revision came from
	 * @param checksum the file's checksum
	 * @return the SQL
	 */
	public String historyStatement(Step step, String script, String checksum) {
		Dialect d = this.dialect;
		return "INSERT INTO " + this.historyName + " (" + HISTORY_COLUMNS + ") VALUES (" + d.literal(step.revision().id())
				+ ", " + d.literal(step.direction().label()) + ", " + d.literal(truncate(step.revision().message(), 500))
				+ ", " + d.literal(truncate(script, 1000)) + ", " + d.literal(checksum) + ", " + d.currentTimestampSql()
				+ ", " + d.currentTimestampSql() + ", 0, " + d.currentUserSql() + ", " + d.literal(Outcome.SUCCESS.name())
				+ ")";
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
	 * Appends a row to the history table.
	 * @param connection the connection
	 * @param record the record
	 * @return the new row's id, to finish a started record later
	 * @throws SQLException on a database error
	 */
	public long append(Connection connection, HistoryRecord record) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(insertSql(), new String[] { "id" })) {
			bind(statement, record);
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				return keys.next() ? keys.getLong(1) : -1;
			}
		}
	}

	/**
	 * Appends the row of a step that has ended, whose id nothing needs later. Unlike {@link #append}, it asks for no
	 * generated key, which costs every step a second query on SQLite and a returned row on PostgreSQL.
	 * @param connection the connection
	 * @param record the record
	 * @throws SQLException on a database error
	 */
	public void appendEnded(Connection connection, HistoryRecord record) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(insertSql())) {
			bind(statement, record);
			statement.executeUpdate();
		}
	}

	private String insertSql() {
		return "INSERT INTO " + this.historyName + " (" + HISTORY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	private void bind(PreparedStatement statement, HistoryRecord record) throws SQLException {
		statement.setString(1, record.revision());
		statement.setString(2, record.direction().label());
		statement.setString(3, truncate(record.message(), 500));
		statement.setString(4, truncate(record.script(), 1000));
		statement.setString(5, record.checksum());
		this.dialect.setTimestamp(statement, 6, record.startedAt());
		this.dialect.setTimestamp(statement, 7, record.finishedAt());
		statement.setObject(8, record.durationMillis());
		statement.setString(9, truncate(record.installedBy(), 100));
		statement.setString(10, record.outcome().name());
	}

	/**
	 * Records how a started step ended.
	 * @param connection the connection
	 * @param id the id {@link #append} returned
	 * @param record the finished record
	 * @throws SQLException on a database error
	 */
	public void finish(Connection connection, long id, HistoryRecord record) throws SQLException {
		String sql = "UPDATE " + this.historyName + " SET finished_at = ?, duration_ms = ?, outcome = ? WHERE id = ?";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			this.dialect.setTimestamp(statement, 1, record.finishedAt());
			statement.setObject(2, record.durationMillis());
			statement.setString(3, record.outcome().name());
			statement.setLong(4, id);
			statement.executeUpdate();
		}
	}

	/**
	 * Removes the history row of a started step that changed nothing, as a rolled-back step leaves none: a step whose
	 * first statement failed on a database that runs each statement by itself.
	 * @param connection the connection
	 * @param id the id {@link #append} returned
	 * @throws SQLException on a database error
	 */
	public void remove(Connection connection, long id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + this.historyName
				+ " WHERE id = ? AND outcome = ?")) {
			statement.setLong(1, id);
			statement.setString(2, Outcome.STARTED.name());
			statement.executeUpdate();
		}
	}

	/**
	 * Marks every step recorded as started and not finished as failed, leaving its finish time empty. Only the holder
	 * of the migration lock calls this: no other process can be running those steps, so their process died.
	 * @param connection the connection
	 * @return the number of steps marked
	 * @throws SQLException on a database error
	 */
	public int markAbandoned(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("UPDATE " + this.historyName + " SET outcome = ? WHERE outcome = ?")) {
			statement.setString(1, Outcome.FAILED.name());
			statement.setString(2, Outcome.STARTED.name());
			return statement.executeUpdate();
		}
	}

	/**
	 * Reads the history table, newest first.
	 * @param connection the connection
	 * @param limit the most rows to return
	 * @return the records, empty when the table does not exist yet
	 * @throws SQLException on a database error
	 */
	public List<HistoryRecord> history(Connection connection, int limit) throws SQLException {
		if (!this.dialect.tableExists(connection, this.schema, this.historyTable)) {
			return List.of();
		}
		String sql = "SELECT " + HISTORY_COLUMNS + " FROM " + this.historyName + " ORDER BY id DESC";
		List<HistoryRecord> records = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			// MySQL's Connector/J refuses a maximum over 50,000,000: a larger limit is no limit.
			if (limit < MAX_ROWS_LIMIT) {
				statement.setMaxRows(limit);
			}
			try (ResultSet result = statement.executeQuery(sql)) {
				while (result.next()) {
					Object duration = result.getObject(8);
					records.add(new HistoryRecord(result.getString(1),
							Direction.valueOf(result.getString(2).toUpperCase(Locale.ROOT)), result.getString(3),
							result.getString(4), result.getString(5), this.dialect.getTimestamp(result, 6),
							this.dialect.getTimestamp(result, 7),
							(duration != null) ? ((Number) duration).longValue() : null, result.getString(9),
							Outcome.valueOf(result.getString(10))));
				}
			}
		}
		return records;
	}

	/**
	 * Reads the checksum of each revision's newest history row, for the check at head: three narrow columns, no
	 * timestamps.
	 * @param connection the connection
	 * @param exists whether the history table exists, as {@link #tables} read it
	 * @return the checksums by revision, newest first, empty when the table does not exist yet; or {@code null} when a
	 * row records a failed or unfinished step, which takes the whole rows (and the lock) to judge
	 * @throws SQLException on a database error
	 */
	public @Nullable Map<String, String> finishedChecksums(Connection connection, boolean exists)
			throws SQLException {
		Map<String, String> checksums = new LinkedHashMap<>();
		if (!exists) {
			return checksums;
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT revision, checksum, outcome FROM " + this.historyName + " ORDER BY id DESC")) {
			while (result.next()) {
				if (Outcome.valueOf(result.getString(3)).unfinished()) {
					return null;
				}
				checksums.putIfAbsent(result.getString(1), result.getString(2));
			}
		}
		return checksums;
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

	/**
	 * Which of the version and history tables exist.
	 *
	 * @param versionTable whether the version table exists
	 * @param historyTable whether the history table exists
	 */
	record Tables(boolean versionTable, boolean historyTable) {

	}

}
