package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;

/**
 * The column types of MySQL and MariaDB that JDBC metadata names only in part, read in full from
 * {@code information_schema.COLUMNS.COLUMN_TYPE}: an {@code enum} or {@code set} with its labels (metadata says
 * {@code ENUM}), the fractional seconds of {@code datetime(6)}, {@code timestamp(6)} and {@code time(6)}, and the
 * fixed-length, padded {@code binary(16)} (a UUID's), which the portable {@code BINARY} (MySQL's {@code varbinary})
 * is not. A {@code MODIFY COLUMN} restates the column with this type, so nothing of it is lost.
 */
final class MysqlColumnTypes {

	private static final String SQL = "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS"
			+ " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())"
			+ " AND DATA_TYPE IN ('enum', 'set', 'binary', 'datetime', 'timestamp', 'time')";

	private final Map<String, ColumnType> types;

	private MysqlColumnTypes(Map<String, ColumnType> types) {
		this.types = types;
	}

	/**
	 * Reads the types of one schema's columns, in one query.
	 * @param connection the connection
	 * @param owner the database (MySQL's schema), or {@code null} for the connection's
	 * @return the types
	 * @throws SQLException on a database error
	 */
	static MysqlColumnTypes read(Connection connection, @Nullable String owner) throws SQLException {
		Map<String, ColumnType> types = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(SQL)) {
			statement.setString(1, owner);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					types.put(key(result.getString(1), result.getString(2)), type(result.getString(3)));
				}
			}
		}
		return new MysqlColumnTypes(types);
	}

	/**
	 * Returns no types, for the databases other than MySQL and MariaDB.
	 * @return the empty types
	 */
	static MysqlColumnTypes none() {
		return new MysqlColumnTypes(Map.of());
	}

	/**
	 * Returns the full type of a column, if it is of a type metadata names only in part.
	 * @param table the table, as the database reports it
	 * @param column the column, as the database reports it
	 * @return the type, or {@code null} to read it from metadata
	 */
	@Nullable ColumnType type(String table, String column) {
		return this.types.get(key(table, column));
	}

	// TIMESTAMP is stored in UTC and read in the session's time zone: a point in time, as the renderer writes one.
	private static ColumnType type(String columnType) {
		ColumnType parsed = ColumnType.parse(columnType);
		return switch (parsed.kind()) {
			case TIMESTAMP -> columnType.startsWith("timestamp")
					? new ColumnType(Kind.TIMESTAMP_WITH_TIME_ZONE, parsed.length(), null, null) : parsed;
			case TIME, NATIVE -> parsed;
			default -> ColumnType.nativeType(columnType);
		};
	}

	// Names as they are reported: MySQL compares table names as the file system does, so no case is folded.
	private static String key(String table, String column) {
		return table + '\u0000' + column;
	}

}
