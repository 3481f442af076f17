package dev.migrations.core.runtime;

import java.util.Collection;
import java.util.List;

/**
 * The steps a command will run, in order, and the version rows the database holds before and after.
 *
 * @param before the version rows before the first step
 * @param steps the steps in the order they run
 * @param after the version rows after the last step
 */
public record Plan(List<String> before, List<Step> steps, List<String> after) {

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
	 * Describes version rows for messages and logs.
	 * @param rows the version rows
	 * @return the rows separated by commas, or {@code <base>} when there are none
	 */
	public static String describe(Collection<String> rows) {
		return rows.isEmpty() ? "<base>" : String.join(", ", rows);
	}

}
