package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.inspect.SchemaInspector;

/**
 * A database's introspected schema and every row of every table, in a stable order, to prove that operations
 * and their reverses, and SQLite rebuilds, lose nothing.
 *
 * @param schema the schema, without the version and history tables
 * @param rows each table's rows as text, sorted
 * @param sqliteSequences SQLite's AUTOINCREMENT counters by table, empty elsewhere
 * @param triggers the triggers: their SQL on SQLite, their names and tables on PostgreSQL
 */
public record DatabaseDump(Schema schema, Map<String, List<String>> rows, Map<String, Long> sqliteSequences,
		List<String> triggers) {

	private static final Set<String> TOOL_TABLES = Set.of("migrations_version", "migrations_history");

	/**
	 * Reads a dump.
	 * @param database the database
	 * @return the dump
	 * @throws SQLException on a database error
	 */
	public static DatabaseDump of(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Schema schema = SchemaInspector.inspect(connection, database.dialect(), null, TOOL_TABLES);
			Map<String, List<String>> rows = new TreeMap<>();
			for (Table table : schema.tables()) {
				rows.put(table.name(), rows(connection, database, table));
			}
			Map<String, Long> sequences = new TreeMap<>();
			if (database.dialect().equals("sqlite")) {
				try (Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery("SELECT name FROM sqlite_master WHERE name = "
								+ "'sqlite_sequence'")) {
					if (result.next()) {
						try (ResultSet sequence = statement.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
							while (sequence.next()) {
								if (!TOOL_TABLES.contains(sequence.getString(1))) {
									sequences.put(sequence.getString(1), sequence.getLong(2));
								}
							}
						}
					}
				}
			}
			return new DatabaseDump(schema, rows, sequences, triggers(connection, database.dialect()));
		}
	}

	/**
	 * Returns the schema of this dump only.
	 * @return the tables
	 */
	public Schema tables() {
		return this.schema;
	}

	private static List<String> triggers(Connection connection, String dialect) throws SQLException {
		String sql = switch (dialect) {
			case "sqlite" -> "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
			case "h2" -> "SELECT TRIGGER_NAME || ' on ' || EVENT_OBJECT_TABLE FROM INFORMATION_SCHEMA.TRIGGERS"
					+ " WHERE TRIGGER_SCHEMA = CURRENT_SCHEMA ORDER BY 1";
			case "mariadb", "mysql" -> "SELECT CONCAT(trigger_name, ' on ', event_object_table) FROM"
					+ " information_schema.triggers WHERE trigger_schema = DATABASE() ORDER BY 1";
			default -> "SELECT t.tgname || ' on ' || c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
						+ " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal"
						+ " AND n.nspname = current_schema() ORDER BY 1";
		};
		List<String> triggers = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				// SQLite quotes the names it rewrites in a trigger when a column is renamed; the trigger is the same.
				triggers.add(result.getString(1).replace("\"", ""));
			}
		}
		return triggers;
	}

	// The inspector reads H2's upper-case names in lower case, as written unquoted: so they are written here.
	private static String tableName(TestDatabase database, Table table) {
		return (database.dialect().equals("h2") && table.name().matches("[a-z_][a-z0-9_]*")) ? table.name()
				: database.quote(table.name());
	}

	private static List<String> rows(Connection connection, TestDatabase database, Table table)
			throws SQLException {
		List<String> names = table.columns().stream().map(Column::name).sorted().toList();
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + tableName(database, table))) {
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (String name : names) {
					Object value = result.getObject(name);
					row.append(name).append('=').append((value instanceof Number number) ? number.toString()
							: String.valueOf(value)).append(' ');
				}
				rows.add(row.toString().strip());
			}
		}
		rows.sort(null);
		return rows;
	}

}
