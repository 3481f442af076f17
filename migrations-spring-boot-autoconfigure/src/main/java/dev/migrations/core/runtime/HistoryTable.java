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

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.api.Step;
import dev.migrations.core.dialect.Dialect;

/**
 * The rows of the append-only history table: one per step run, started, finished, failed or stamped, and the offline
 * statement that records one. The version table is {@link VersionStore}'s.
 */
final class HistoryTable {

	private static final String HISTORY_COLUMNS = "revision, direction, message, script, checksum, started_at,"
			+ " finished_at, duration_ms, installed_by, outcome";

	private static final int MAX_ROWS_LIMIT = 50_000_000;

	private final Dialect dialect;

	private final @Nullable SqlIdentifier schema;

	private final SqlIdentifier historyTable;

	private final String historyName;

	HistoryTable(Dialect dialect, @Nullable SqlIdentifier schema, SqlIdentifier historyTable) {
		this.dialect = dialect;
		this.schema = schema;
		this.historyTable = historyTable;
		this.historyName = dialect.qualify(schema, historyTable);
	}

	/**
	 * Returns the statement that appends a step's history row with literal values, for offline scripts.
	 * @param step the step
	 * @param script the file the step's revision came from
	 * @param checksum the file's checksum
	 * @return the SQL
	 */
	String historyStatement(Step step, String script, String checksum) {
		Dialect d = this.dialect;
		return "INSERT INTO " + this.historyName + " (" + HISTORY_COLUMNS + ") VALUES (" + d.literal(step.revision().id())
				+ ", " + d.literal(step.direction().label()) + ", " + d.literal(truncate(step.revision().message(), 500))
				+ ", " + d.literal(truncate(script, 1000)) + ", " + d.literal(checksum) + ", " + d.currentTimestampSql()
				+ ", " + d.currentTimestampSql() + ", 0, " + d.currentUserSql() + ", " + d.literal(Outcome.SUCCESS.name())
				+ ")";
	}

	/**
	 * Appends a row to the history table.
	 * @param connection the connection
	 * @param record the record
	 * @return the new row's id, to finish a started record later
	 * @throws SQLException on a database error
	 */
	long append(Connection connection, HistoryRecord record) throws SQLException {
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
	void appendEnded(Connection connection, HistoryRecord record) throws SQLException {
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
	void finish(Connection connection, long id, HistoryRecord record) throws SQLException {
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
	void remove(Connection connection, long id) throws SQLException {
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
	int markAbandoned(Connection connection) throws SQLException {
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
	List<HistoryRecord> history(Connection connection, int limit) throws SQLException {
		return history(connection, limit, this.dialect.tableExists(connection, this.schema, this.historyTable));
	}

	/**
	 * Reads the history table, newest first, knowing whether it exists.
	 * @param connection the connection
	 * @param limit the most rows to return
	 * @param exists whether the history table exists
	 * @return the records, empty when the table does not exist
	 * @throws SQLException on a database error
	 */
	List<HistoryRecord> history(Connection connection, int limit, boolean exists) throws SQLException {
		if (!exists) {
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
	@Nullable Map<String, String> finishedChecksums(Connection connection, boolean exists)
			throws SQLException {
		Map<String, String> checksums = new LinkedHashMap<>();
		if (!exists) {
			return checksums;
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(checksumsQuery() + " ORDER BY id DESC")) {
			while (result.next()) {
				if (!addFinished(checksums, result.getString(1), result.getString(2), result.getString(3))) {
					return null;
				}
			}
		}
		return checksums;
	}

	// The columns of the check at head, with the id they are read newest first by; no ORDER BY, for a union.
	String checksumsQuery() {
		return "SELECT revision, checksum, outcome, id FROM " + this.historyName;
	}

	// Adds a row of the check at head to the checksums read newest first; false when it records a failed or
	// unfinished step.
	static boolean addFinished(Map<String, String> checksums, String revision, String checksum, String outcome) {
		if (Outcome.valueOf(outcome).unfinished()) {
			return false;
		}
		checksums.putIfAbsent(revision, checksum);
		return true;
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

}
