package dev.migrations.core.runtime;

import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.revision.Target;

/**
 * {@code downgrade TARGET}: reverts every applied revision above the target, and what needs them, dependents first.
 */
public final class DowngradeCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public DowngradeCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Downgrades the database.
	 * @param target the target expression
	 * @return the steps that ran and the resulting version rows
	 */
	public MigrationResult run(String target) {
		return this.engine.command("downgrade", target, () -> {
			Target parsed = Target.parse(target);
			return this.engine.withSession((session) -> session.migrate((planner, rows) -> planner.downgrade(rows,
					parsed)));
		});
	}

}
