package dev.migrations.core.revision;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a resolved target points: the revisions it names (none for a base), the revisions just above it that a
 * downgrade to it reverts when applied, and the branch it is limited to.
 *
 * @param revisions the named revisions; empty for {@code base}
 * @param above the revisions a downgrade reverts, with everything that needs them, when they are applied
 * @param branch the branch the target is limited to, or {@code null}
 */
public record Destination(List<String> revisions, Set<String> above, @Nullable Branch branch) {

	public Destination {
		revisions = List.copyOf(revisions);
		above = Set.copyOf(above);
	}

}
