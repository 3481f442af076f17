package dev.migrations.core.api;

import java.time.Duration;
import java.util.List;

/**
 * What an upgrade or downgrade did: the steps that ran, and the version rows before and after.
 *
 * @param before the current revisions before the command
 * @param steps the steps that ran, in order
 * @param current the current revisions after the command
 */
public record MigrationResult(List<String> before, List<StepResult> steps, List<String> current) {

	public MigrationResult {
		before = List.copyOf(before);
		steps = List.copyOf(steps);
		current = List.copyOf(current);
	}

	/**
	 * Returns the time the steps took together.
	 * @return the total duration
	 */
	public Duration duration() {
		return this.steps.stream().map(StepResult::duration).reduce(Duration.ZERO, Duration::plus);
	}

}
