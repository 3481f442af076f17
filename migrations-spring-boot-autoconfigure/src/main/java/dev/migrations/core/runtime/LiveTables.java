package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.inspect.SchemaInspector;
import dev.migrations.core.schema.render.TableSource;

/**
 * The database an operation runs on, read when a renderer asks: the tables it needs from the inspector, and a table's
 * triggers from {@code sqlite_schema}. It reads inside the revision's transaction, so it sees the operations before.
 */
final class LiveTables implements TableSource {

	private final Connection connection;

	private final Dialect dialect;

	private LiveTables(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
	}

	static LiveTables of(Connection connection, Dialect dialect) {
		return new LiveTables(connection, dialect);
	}

	@Override
	public Schema tables(Collection<String> names, String forWhat) {
		try {
			return SchemaInspector.inspectTables(this.connection, this.dialect.name(), null, names);
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Cannot read the schema for " + forWhat + " on "
					+ this.dialect.name() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public List<String> triggers(String table) {
		List<String> triggers = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(
				"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
						+ " AND sql IS NOT NULL ORDER BY name")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					triggers.add(result.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Cannot read the triggers of table '" + table
					+ "' on " + this.dialect.name() + ": " + ex.getMessage(), ex);
		}
		return triggers;
	}

}
