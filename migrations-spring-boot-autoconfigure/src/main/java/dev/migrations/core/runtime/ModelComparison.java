package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.ServerVersion;
import dev.migrations.core.schema.diff.Change;
import dev.migrations.core.schema.diff.DiffOptions;
import dev.migrations.core.schema.diff.Differ;
import dev.migrations.core.schema.diff.SchemaDiff;
import dev.migrations.core.schema.inspect.SchemaInspector;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropTable;

/**
 * What autogenerate and {@code check} share: the engine's model or a clear refusal, the tables left alone (the
 * tool's own and those the model excludes), reading the live schema, and telling the reviewer how many rows a drop
 * loses.
 */
final class ModelComparison {

	private ModelComparison() {
	}

	static SchemaModel model(Engine engine, String command) {
		SchemaModel model = engine.model();
		if (model == null) {
			throw new MigrationsException(ErrorCode.NO_MODEL, "'" + command + "' compares a schema model with the"
					+ " revisions, and this application has none; set 'migrations.model' (JPA entities or"
					+ " classpath:db/schema.sql), or give one to Migrations.builder(...).model(...), then run '"
					+ command + "' again");
		}
		return model;
	}

	// The tables left alone: the tool's own, and every table of either side that the model excludes, patterns
	// (audit_*) included.
	static DiffOptions options(Engine engine, SchemaModel model, String dialect, Schema database, Schema wanted) {
		Set<String> excluded = new HashSet<>(model.excludedTables());
		excluded.add(engine.config().versionTable());
		excluded.add(engine.config().historyTable());
		for (Schema side : List.of(database, wanted)) {
			side.tableNames().stream().filter(model::excludes).forEach(excluded::add);
		}
		return new DiffOptions(dialect, excluded);
	}

	// Offline: the model for the server the renderers assume, where the types depend on it.
	static SchemaDiff diff(Engine engine, SchemaModel model, Schema database, String dialect) {
		ServerVersion assumed = ServerVersion.assumed(dialect);
		return diff(engine, model, database, dialect,
				(assumed != null) ? model.schema(dialect, assumed) : model.schema(dialect));
	}

	// The model as it is on the connected server's version, as Hibernate, connected, sees it.
	static SchemaDiff diff(Engine engine, SchemaModel model, Schema database, Session session) throws SQLException {
		DatabaseMetaData metaData = session.connection().getMetaData();
		ServerVersion server = new ServerVersion(metaData.getDatabaseProductName(),
				metaData.getDatabaseProductVersion(), metaData.getDatabaseMajorVersion(),
				metaData.getDatabaseMinorVersion());
		String dialect = session.dialect().name();
		return diff(engine, model, database, dialect, model.schema(dialect, server));
	}

	private static SchemaDiff diff(Engine engine, SchemaModel model, Schema database, String dialect, Schema wanted) {
		return Differ.diff(database, wanted, options(engine, model, dialect, database, wanted));
	}

	static Schema read(Engine engine, Session session) throws SQLException {
		Set<String> excluded = Set.of(engine.config().versionTable(), engine.config().historyTable());
		return SchemaInspector.inspect(session.connection(), session.dialect().name(), engine.config().schema(),
				excluded);
	}

	// Adds to a drop how much it loses, read from the database; a count that cannot be read is left out.
	static Change withRows(Session session, @Nullable SqlIdentifier schema, Change change) {
		try {
			if (change.operation() instanceof DropTable drop) {
				long rows = count(session, schema, drop.table(), null);
				return change.withNote((rows == 0) ? "the table is empty" : "the table has " + rows + " row(s)");
			}
			if (change.operation() instanceof DropColumn drop) {
				long rows = count(session, schema, drop.table(), drop.column());
				return change.withNote((rows == 0) ? "no row has a value in it"
						: rows + " row(s) have a value in it");
			}
		}
		catch (SQLException ex) {
			return change;
		}
		return change;
	}

	private static long count(Session session, @Nullable SqlIdentifier schema, String table, @Nullable String column)
			throws SQLException {
		Connection connection = session.connection();
		String quote = connection.getMetaData().getIdentifierQuoteString().trim();
		String name = ((schema != null) ? session.dialect().quote(schema) + "." : "") + quote(quote, table);
		String sql = "SELECT COUNT(*) FROM " + name + ((column != null) ? " WHERE " + quote(quote, column)
				+ " IS NOT NULL" : "");
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static String quote(String quote, String name) {
		return quote.isEmpty() ? name : quote + name.replace(quote, quote + quote) + quote;
	}

}
