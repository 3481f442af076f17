package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Schema;

/**
 * Reads the tables of one schema of a live database into the model; one implementation per kind of database.
 */
interface SchemaReader {

	/**
	 * Reads a schema.
	 * @param connection the connection
	 * @param schema the schema (or, on SQLite, the attached database) to read, or {@code null} for the
	 * connection's current one
	 * @param included which tables to read, by name
	 * @return the tables
	 * @throws SQLException on a database error
	 */
	Schema read(Connection connection, @Nullable String schema, Predicate<String> included) throws SQLException;

}
