package dev.migrations.core.runtime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;

/**
 * {@code check --offline}: compares the model with the schema the revisions make, without the application's
 * database. On SQLite and H2 the revisions run into an in-memory database of the same kind; on other databases the
 * portable operations of every revision are applied to an empty schema, which needs every revision to be portable.
 */
public final class OfflineCheckCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine whose revisions, settings and model to use; its database is not touched
	 */
	public OfflineCheckCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Replays the revisions to their head and compares the result with the model.
	 * @param dialect the database the revisions and the model are for
	 * @return the heads, the differences, and the problems: several heads, or the model and the migrations differing
	 * @throws MigrationsException with {@link ErrorCode#NO_MODEL} without a model, or
	 * {@link ErrorCode#UNSUPPORTED_DATABASE} when a revision cannot be replayed offline on that database
	 */
	public CheckResult run(String dialect) {
		SchemaModel model = ModelComparison.model(this.engine, "check --offline");
		RevisionGraph graph = this.engine.scripts().graph();
		List<String> problems = new ArrayList<>();
		if (graph.resolvedHeads().size() > 1) {
			problems.add("The revisions have " + graph.resolvedHeads().size() + " heads (" + String.join(", ", graph.resolvedHeads())
					+ "); merge them with 'merge heads -m MESSAGE'");
			return new CheckResult(graph.resolvedHeads(), List.of(), List.of(), problems);
		}
		Schema replayed = ScratchDatabase.available(dialect) ? replay(model, dialect) : simulate(dialect);
		List<String> differences = ModelComparison.diff(this.engine, model, replayed, dialect).describe();
		if (!differences.isEmpty()) {
			problems.add(CheckCommand.differ(model, differences));
		}
		return new CheckResult(graph.resolvedHeads(), graph.resolvedHeads(), List.of(), problems, differences);
	}

	private Schema replay(SchemaModel model, String dialect) {
		try (ScratchDatabase scratch = ScratchDatabase.open(dialect)) {
			Engine replay = new Engine(scratch, this.engine.name() + " (check --offline)", this.engine.config(),
					MigrationListener.NONE, Clock.systemUTC(), this.engine.classLoader(), model);
			new UpgradeCommand(replay).run("heads");
			return new InspectCommand(replay).run();
		}
	}

	private Schema simulate(String dialect) {
		OfflineSchema simulated = OfflineSchema.at(this.engine.scripts(), this.engine.scripts().graph().resolvedHeads());
		try {
			return simulated.tables(List.of(), "the check");
		}
		catch (IllegalStateException ex) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_DATABASE, "check --offline on " + dialect
					+ " has no in-memory database to replay the revisions into, so it applies their portable"
					+ " operations, and " + simulated.unknown() + "; run 'check' against a " + dialect
					+ " database, or write that revision as portable operations ('-- migrations:operations')", ex);
		}
	}

}
