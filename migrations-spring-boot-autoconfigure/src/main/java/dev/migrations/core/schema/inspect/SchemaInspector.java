package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Schema;

/**
 * Reads the tables of a live database into the {@link Schema schema model}: from {@code pg_catalog} on PostgreSQL,
 * from {@code sqlite_schema}, the pragmas and the tables' statements on SQLite, and from JDBC's
 * {@link java.sql.DatabaseMetaData} on any other database until it has a reader of its own. The one entry point of
 * introspection; see {@code src/docs/operations.md} for what each reader reads and what it refuses.
 */
public final class SchemaInspector {

	private SchemaInspector() {
	}

	/**
	 * Reads one schema.
	 * @param connection an open connection; left open, its transaction state untouched
	 * @param dialectName the dialect's name, such as {@code postgresql} or {@code sqlite}
	 * @param schema the schema to read (on SQLite, the attached database), or {@code null} for the connection's
	 * current one
	 * @param excludedTables tables to leave out, compared without case, such as the tool's version and history
	 * tables
	 * @return the tables, in name order
	 * @throws SQLException on a database error
	 * @throws dev.migrations.core.error.MigrationsException with
	 * {@link dev.migrations.core.error.ErrorCode#UNSUPPORTED_SCHEMA} for a table the model cannot represent
	 */
	public static Schema inspect(Connection connection, String dialectName, @Nullable String schema,
			Set<String> excludedTables) throws SQLException {
		return reader(dialectName).read(connection, schema, (table) -> !TableParts.among(table, excludedTables));
	}

	/**
	 * Reads some tables of one schema, for what changes only those: reads less than {@link #inspect} does (on
	 * SQLite, only these tables' statements are parsed).
	 * @param connection an open connection; left open, its transaction state untouched
	 * @param dialectName the dialect's name, such as {@code postgresql} or {@code sqlite}
	 * @param schema the schema to read (on SQLite, the attached database), or {@code null} for the connection's
	 * current one
	 * @param tables the tables to read, compared without case; a name no table has is left out of the result
	 * @return those of the tables that exist, in name order
	 * @throws SQLException on a database error
	 * @throws dev.migrations.core.error.MigrationsException with
	 * {@link dev.migrations.core.error.ErrorCode#UNSUPPORTED_SCHEMA} for a table the model cannot represent
	 */
	public static Schema inspectTables(Connection connection, String dialectName, @Nullable String schema,
			Collection<String> tables) throws SQLException {
		return reader(dialectName).read(connection, schema, (table) -> TableParts.among(table, tables));
	}

	/**
	 * Reads one schema with the generic reader, from JDBC metadata only, whatever the database: for databases
	 * without a reader of their own, and to compare with them.
	 * @param connection an open connection
	 * @param schema the schema to read, or {@code null} for the connection's current one
	 * @param excludedTables tables to leave out, compared without case
	 * @return the tables JDBC metadata describes, in name order
	 * @throws SQLException on a database error
	 */
	public static Schema inspectWithMetadata(Connection connection, @Nullable String schema,
			Set<String> excludedTables) throws SQLException {
		return new JdbcMetadataSchemaReader("").read(connection, schema,
				(table) -> !TableParts.among(table, excludedTables));
	}

	private static SchemaReader reader(String dialectName) {
		return switch (dialectName.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> new PostgresSchemaReader();
			case "sqlite" -> new SqliteSchemaReader();
			default -> new JdbcMetadataSchemaReader(dialectName.toLowerCase(Locale.ROOT));
		};
	}

}
