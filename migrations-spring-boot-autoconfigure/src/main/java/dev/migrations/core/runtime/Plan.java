package dev.migrations.core.runtime;

import java.util.List;

import dev.migrations.core.api.Step;

/**
 * The steps a command will run, in order, and the version rows the database holds before and after.
 *
 * @param before the version rows before the first step
 * @param steps the steps in the order they run
 * @param after the version rows after the last step
 */
record Plan(List<String> before, List<Step> steps, List<String> after) {

	public Plan {
		before = List.copyOf(before);
		steps = List.copyOf(steps);
		after = List.copyOf(after);
	}

	/**
	 * Whether there is nothing to run.
	 * @return {@code true} when the plan has no step
	 */
	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

	/**
	 * Returns the version rows the plan takes away: in {@link #before()}, not in {@link #after()}.
	 * @return the rows, in order
	 */
	List<String> removedRows() {
		return this.before.stream().filter((row) -> !this.after.contains(row)).toList();
	}

	/**
	 * Returns the version rows the plan adds: in {@link #after()}, not in {@link #before()}.
	 * @return the rows, in order
	 */
	List<String> addedRows() {
		return this.after.stream().filter((row) -> !this.before.contains(row)).toList();
	}

}
