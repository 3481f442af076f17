package dev.migrations.core.runtime;

import java.sql.Connection;
import java.util.Set;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.inspect.SchemaInspector;

/**
 * {@code schema}: reads the database's tables into the schema model: the connection's current schema, where the
 * revisions' unqualified SQL creates them, without the tool's own version and history tables when they live there
 * too ({@code migrations.schema} may put them elsewhere). Reads without the lock and without creating the version
 * tables.
 */
public final class InspectCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public InspectCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Reads the schema.
	 * @return the tables, in name order
	 */
	public Schema run() {
		return this.engine.withSession((session) -> {
			Connection connection = session.connection();
			String configured = this.engine.config().schema();
			String current = connection.getSchema();
			boolean versionTablesHere = configured == null || current == null || configured.equalsIgnoreCase(current);
			Set<String> excluded = versionTablesHere
					? Set.of(this.engine.config().versionTable(), this.engine.config().historyTable()) : Set.of();
			return SchemaInspector.inspect(connection, session.dialect().name(), null, excluded);
		});
	}

}
