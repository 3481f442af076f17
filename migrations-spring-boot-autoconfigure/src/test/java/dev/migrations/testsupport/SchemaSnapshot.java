package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of a database with their columns and row counts, to prove that a failed command changed nothing.
 *
 * @param tables each table's name, in lower case (H2 upper-cases unquoted names), mapped to its columns and row
 * count
 */
public record SchemaSnapshot(Map<String, String> tables) {

	/**
	 * Takes a snapshot of the connection's current schema.
	 * @param database the database
	 * @return the snapshot
	 * @throws SQLException on a database error
	 */
	public static SchemaSnapshot of(TestDatabase database) throws SQLException {
		Map<String, String> tables = new TreeMap<>();
		try (Connection connection = database.connect()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String schema = connection.getSchema();
			String catalog = catalog(connection);
			for (String name : tableNames(connection)) {
				List<String> columns = new ArrayList<>();
				try (ResultSet result = metaData.getColumns(catalog, schema, name, "%")) {
					while (result.next()) {
						columns.add(result.getString("COLUMN_NAME") + " " + result.getString("TYPE_NAME"));
					}
				}
				try (Statement statement = connection.createStatement();
						ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + database.quote(name))) {
					count.next();
					tables.put(name.toLowerCase(Locale.ROOT), columns + " rows=" + count.getLong(1));
				}
			}
		}
		return new SchemaSnapshot(tables);
	}

	/**
	 * Returns the names of the tables of the connection's current schema (or, on MySQL and MariaDB, database), as the
	 * database spells them, without SQLite's own.
	 * @param connection the connection
	 * @return the names
	 * @throws SQLException on a database error
	 */
	public static List<String> tableNames(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet result = connection.getMetaData().getTables(catalog(connection), connection.getSchema(), "%",
				new String[] { "TABLE", "BASE TABLE" })) {
			while (result.next()) {
				String name = result.getString("TABLE_NAME");
				if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
					names.add(name);
				}
			}
		}
		return names;
	}

	// MySQL's drivers call a database a catalog, and report no schema.
	private static String catalog(Connection connection) throws SQLException {
		return (connection.getSchema() == null) ? connection.getCatalog() : null;
	}

}
