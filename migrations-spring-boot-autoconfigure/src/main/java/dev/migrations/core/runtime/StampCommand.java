package dev.migrations.core.runtime;

import java.util.List;

import dev.migrations.core.api.StampResult;
import dev.migrations.core.revision.Target;

/**
 * {@code stamp TARGET...}: sets the version rows without running any revision, recording each row it adds or removes
 * in the history as {@code STAMPED}.
 */
public final class StampCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public StampCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Stamps the database.
	 * @param targets one or more targets, none an ancestor of another
	 * @param purge whether to empty the version table first
	 * @return the version rows before and after
	 */
	public StampResult run(List<String> targets, boolean purge) {
		return this.engine.command("stamp", String.join(" ", targets), () -> {
			List<Target> parsed = targets.stream().map(Target::parse).toList();
			return this.engine.withSession((session) -> session.locked((executor) -> {
				session.store().createIfMissing(session.connection());
				Plan plan = session.planner().stamp(session.rows(), parsed, purge);
				executor.stamp(session.connection(), plan);
				return new StampResult(plan.before(), session.rows());
			}));
		});
	}

}
