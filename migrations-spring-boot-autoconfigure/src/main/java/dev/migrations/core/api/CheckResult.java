package dev.migrations.core.api;

import java.util.List;

/**
 * What {@code check} found: the heads, the database's current revisions, what is pending, every problem and, when
 * the application has a schema model, each difference between the model and the schema the revisions make.
 *
 * @param heads the heads of the revision files
 * @param current the database's current revisions
 * @param pending the revisions an upgrade to the heads would apply
 * @param problems each problem in one sentence; empty when the database and the revisions agree
 * @param differences each difference between the model and the migrated schema, as the operation that would fix it;
 * empty without a model
 */
public record CheckResult(List<String> heads, List<String> current, List<Revision> pending, List<String> problems,
		List<String> differences) {

	public CheckResult {
		heads = List.copyOf(heads);
		current = List.copyOf(current);
		pending = List.copyOf(pending);
		problems = List.copyOf(problems);
		differences = List.copyOf(differences);
	}

	/**
	 * Creates a result without a model comparison.
	 * @param heads the heads of the revision files
	 * @param current the database's current revisions
	 * @param pending the pending revisions
	 * @param problems the problems
	 */
	public CheckResult(List<String> heads, List<String> current, List<Revision> pending, List<String> problems) {
		this(heads, current, pending, problems, List.of());
	}

	/**
	 * Whether nothing is wrong.
	 * @return {@code true} without problems
	 */
	public boolean passed() {
		return this.problems.isEmpty();
	}

}
