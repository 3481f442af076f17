package dev.migrations.core.runtime;

import java.util.List;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Range;
import dev.migrations.core.api.Step;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.core.script.ScriptDirectory;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: renders, without connecting to a database, the SQL a migration
 * over a range would run, transaction boundaries and version-table changes included.
 */
public final class OfflineSqlCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public OfflineSqlCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Renders the SQL of a migration.
	 * @param range from where to where; an upgrade from {@code base} starts with the version tables' DDL
	 * @param direction upgrade or downgrade
	 * @param dialectName the dialect to render for, such as {@code postgresql}
	 * @return the SQL script
	 * @throws MigrationsException with {@link ErrorCode#INVALID_TARGET} for a downgrade without its start
	 */
	public String render(Range range, Direction direction, String dialectName) {
		ScriptDirectory directory = this.engine.scripts();
		Plan plan = plan(directory.graph(), range, direction);
		Dialect dialect = Dialects.named(dialectName);
		VersionStore store = this.engine.store(dialect);
		StepExecutor executor = new StepExecutor(dialect, store, directory, this.engine.listener(),
				this.engine.clock());
		boolean createTables = direction == Direction.UPGRADE && plan.before().isEmpty();
		return new OfflineScript(dialect, store, directory).render(plan, createTables, executor);
	}

	/**
	 * Plans a migration over a range without connecting to a database.
	 * @param range from where to where; the start may be {@code heads}
	 * @param direction upgrade or downgrade
	 * @return the steps, in the order they would run
	 */
	/**
	 * Renders the SQL of a stamp from the range's start (base when empty) to its end, for a database that this
	 * process cannot reach.
	 * @param range {@code START:TARGET}, or {@code :TARGET} from base
	 * @param dialectName the dialect to render for
	 * @return the SQL script
	 */
	public String renderStamp(Range range, String dialectName) {
		RevisionGraph graph = this.engine.scripts().graph();
		if (range.end().isEmpty()) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "An offline stamp needs a target, such as 'heads'"
					+ " or 'a1b2c3:heads' from a revision");
		}
		Plan plan = new Planner(graph).stamp(start(graph, range), List.of(Target.parse(range.end())), false);
		Dialect dialect = Dialects.named(dialectName);
		return new OfflineScript(dialect, this.engine.store(dialect), this.engine.scripts()).renderStamp(plan);
	}

	public List<Step> steps(Range range, Direction direction) {
		return plan(this.engine.scripts().graph(), range, direction).steps();
	}

	private static Plan plan(RevisionGraph graph, Range range, Direction direction) {
		boolean downgrade = direction == Direction.DOWNGRADE;
		if (downgrade && range.start().isEmpty()) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "An offline downgrade needs 'START:END' (such as '"
					+ "a1b2c3:base'), since no database says where it starts");
		}
		Target end = Target.parse(range.end().isEmpty() ? "heads" : range.end());
		Planner planner = new Planner(graph);
		List<String> rows = start(graph, range);
		return downgrade ? planner.downgrade(rows, end) : planner.upgrade(rows, end);
	}

	// The version rows a database at the range's start holds.
	private static List<String> start(RevisionGraph graph, Range range) {
		if (range.fromBase()) {
			return List.of();
		}
		if (range.start().equalsIgnoreCase("heads")) {
			return graph.resolvedHeads();
		}
		return List.of(graph.resolve(range.start()).id());
	}

}
