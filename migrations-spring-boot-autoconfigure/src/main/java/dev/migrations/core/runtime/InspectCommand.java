package dev.migrations.core.runtime;

import java.util.Set;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.inspect.SchemaInspector;

/**
 * {@code schema}: reads the database's tables into the schema model, from the configured schema (or the
 * connection's current one), leaving out the tool's own version and history tables. Reads without the lock and
 * without creating the version tables.
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
		Set<String> excluded = Set.of(this.engine.config().versionTable(), this.engine.config().historyTable());
		return this.engine.withSession((session) -> SchemaInspector.inspect(session.connection(),
				session.dialect().name(), this.engine.config().schema(), excluded));
	}

}
