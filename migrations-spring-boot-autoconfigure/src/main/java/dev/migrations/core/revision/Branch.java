package dev.migrations.core.revision;

import java.util.Set;

/**
 * A branch named by a label or by one of its revisions. Its members are the revision that declares the label, every
 * revision that descends from it through parents (they inherit the label), and the unshared line just below it, down
 * to the nearest branch or merge point. Its lineage adds every ancestor: the revisions a target on this branch may
 * name.
 *
 * @param name the label or revision the user wrote
 * @param revision the revision that declares the label, or the named revision
 * @param members the revisions of the branch
 * @param lineage the ancestors and descendants (through parents) of {@code revision}, itself included
 */
public record Branch(String name, String revision, Set<String> members, Set<String> lineage) {

	public Branch {
		members = Set.copyOf(members);
		lineage = Set.copyOf(lineage);
	}

}
