package dev.migrations.core.runtime;

import java.util.List;

import dev.migrations.core.revision.Direction;
import dev.migrations.core.revision.Revision;

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
		return Plan.describe(up ? this.revision.parents() : self) + " -> "
				+ Plan.describe(up ? self : this.revision.parents());
	}

}
