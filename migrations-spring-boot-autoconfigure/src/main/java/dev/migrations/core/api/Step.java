package dev.migrations.core.api;

import java.util.Collection;
import java.util.List;

/**
 * One revision to apply or revert, with the version rows it replaces and the rows it leaves behind.
 *
 * @param revision the revision
 * @param direction upgrade or downgrade
 * @param removedRows the version rows this step takes away
 * @param addedRows the version rows this step adds
 */
public record Step(Revision revision, Direction direction, List<String> removedRows, List<String> addedRows) {

	public Step {
		removedRows = List.copyOf(removedRows);
		addedRows = List.copyOf(addedRows);
	}

	/**
	 * Describes the step the way logs show it: {@code 1a2b -> 3c4d} for an upgrade, {@code 3c4d -> 1a2b} for a
	 * downgrade.
	 * @return the transition
	 */
	public String transition() {
		boolean up = this.direction == Direction.UPGRADE;
		List<String> self = List.of(this.revision.id());
		return describe(up ? this.revision.parents() : self) + " -> "
				+ describe(up ? self : this.revision.parents());
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
