package dev.migrations.core.api;

import java.util.List;

/**
 * What {@code check} found: the heads, the database's current revisions, what is pending, and every problem.
 *
 * @param heads the heads of the revision files
 * @param current the database's current revisions
 * @param pending the revisions an upgrade to the heads would apply
 * @param problems each problem in one sentence; empty when the database and the revisions agree
 */
public record CheckResult(List<String> heads, List<String> current, List<Revision> pending, List<String> problems) {

	public CheckResult {
		heads = List.copyOf(heads);
		current = List.copyOf(current);
		pending = List.copyOf(pending);
		problems = List.copyOf(problems);
	}

	/**
	 * Whether nothing is wrong.
	 * @return {@code true} without problems
	 */
	public boolean passed() {
		return this.problems.isEmpty();
	}

}
