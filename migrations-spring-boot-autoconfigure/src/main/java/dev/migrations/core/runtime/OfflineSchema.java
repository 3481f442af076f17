package dev.migrations.core.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Direction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.operation.ExecuteSql;
import dev.migrations.core.schema.render.TableSource;
import dev.migrations.core.script.LocatedOperation;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * The schema an offline script runs on, simulated by applying the portable operations of every revision before it
 * to an empty schema. A revision written as SQL, or an {@code execute} of DDL, makes the schema unknown from there
 * on: a renderer that then needs a table's definition (an SQLite rebuild) fails, naming the revision that hid it.
 */
final class OfflineSchema implements TableSource {

	private static final Pattern DDL = Pattern.compile("(?i)\\b(CREATE|ALTER|DROP|RENAME)\\b");

	private final ScriptDirectory scripts;

	private Schema schema = Schema.empty();

	private @Nullable String unknown;

	private OfflineSchema(ScriptDirectory scripts) {
		this.scripts = scripts;
	}

	/**
	 * Simulates the schema of a database whose version rows are the given ones.
	 * @param scripts the revisions
	 * @param rows the version rows
	 * @return the simulated schema
	 */
	static OfflineSchema at(ScriptDirectory scripts, Collection<String> rows) {
		OfflineSchema simulated = new OfflineSchema(scripts);
		for (String id : scripts.graph().inOrder(scripts.graph().ancestorsOrSelf(rows))) {
			simulated.advance(scripts.script(id), Direction.UPGRADE);
		}
		return simulated;
	}

	/**
	 * Moves the simulation past one revision.
	 * @param script the revision
	 * @param direction the way it runs
	 */
	void advance(RevisionScript script, Direction direction) {
		if (this.unknown != null) {
			return;
		}
		Optional<List<LocatedOperation>> operations = script.operations(this.scripts.parser(), direction);
		if (operations.isEmpty()) {
			this.unknown = "revision '" + script.revision().id() + "' (" + script.resource().description()
					+ ") is SQL, so the schema after it is not known offline";
			return;
		}
		for (LocatedOperation located : operations.get()) {
			if (located.operation() instanceof ExecuteSql execute && DDL.matcher(execute.describe()).find()) {
				this.unknown = script.resource().description() + ":" + located.line() + " executes SQL that may change"
						+ " the schema, so the schema after it is not known offline";
				return;
			}
			try {
				this.schema = located.operation().apply(this.schema);
			}
			catch (IllegalArgumentException ex) {
				this.unknown = "simulating " + script.resource().description() + ":" + located.line() + " '"
						+ located.operation().describe() + "' failed (" + ex.getMessage() + ")";
				return;
			}
		}
	}

	@Override
	public Schema tables(Collection<String> names, String forWhat) {
		if (this.unknown != null) {
			throw new IllegalStateException("cannot render " + forWhat + " offline: " + this.unknown + "; run the"
					+ " command without --sql, against the database, or write this change for SQLite as"
					+ " 'execute sqlite $$...$$'");
		}
		return this.schema;
	}

	// Why the schema is not known from some revision on, or null when it is.
	@Nullable String unknown() {
		return this.unknown;
	}

	@Override
	public List<String> triggers(String table) {
		return List.of();
	}

}
