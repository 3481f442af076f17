package dev.migrations.testsupport;

import dev.migrations.testsupport.Graphs.Named;

import static dev.migrations.testsupport.Graphs.graph;
import static dev.migrations.testsupport.Graphs.rev;

/**
 * The graphs the revision tests share, most of them from Alembic's {@code test_version_traversal.py} and
 * {@code test_revision.py}, named after the Alembic test class they come from.
 */
public final class GraphFixtures {

	public static final Named LINEAR = graph("linear", rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"),
			rev("e", "d"));

	// Alembic's BranchedPathTest: a -> b -> c1 -> d1 and b -> c2 -> d2, each branch labelled.
	public static final Named BRANCHED = graph("branched", rev("a"), rev("b", "a"), rev("c1", "b").label("c1branch"),
			rev("d1", "c1"), rev("c2", "b").label("c2branch"), rev("d2", "c2"));

	// Alembic's MergedPathTest: BRANCHED, merged by e, then f.
	public static final Named MERGED = graph("merged", rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
			rev("c2", "b").label("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

	public static final Named DIAMOND = graph("diamond", rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"),
			rev("d", "c"));

	public static final Named FOREST = graph("forest", rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));

	public static final Named BRANCH_FROM_MERGE = graph("branch from merge point", rev("a1"), rev("b1", "a1"),
			rev("c1", "b1"), rev("a2"), rev("b2", "a2"), rev("c2", "b2"), rev("d1", "c1", "c2"), rev("d2", "c2"));

	public static final Named THREE_WAY = graph("three-way merge point", rev("a1"), rev("b1", "a1"), rev("c1", "b1"),
			rev("a2"), rev("b2", "a2"), rev("c2", "b2"), rev("a3"), rev("b3", "a3"), rev("c3", "b3"),
			rev("d1", "c1", "c2", "c3"), rev("d2", "c2"), rev("d3", "c3"));

	public static final Named TWIN_MERGE = graph("twin merge", rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"),
			rev("c1", "b1", "b2", "b3"), rev("c2", "b1", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));

	public static final Named NOT_QUITE_TWIN = graph("not quite twin merge", rev("a"), rev("b1", "a"), rev("b2", "a"),
			rev("b3", "a"), rev("c1", "b1", "b2"), rev("c2", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));

	// Alembic's DependsOnBranchTestOne: c2 depends on c1 of another base's line.
	public static final Named DEPENDS = graph("depends on", rev("a1").label("lib1"), rev("b1", "a1"), rev("c1", "b1"),
			rev("a2"), rev("b2", "a2"), rev("c2", "b2").dependsOn("c1"), rev("d1", "c1"), rev("e1", "d1"),
			rev("f1", "e1"));

	public static final Named DEPENDS_ON_LABEL = graph("depends on a label", rev("a1").label("lib1"), rev("b1", "a1"),
			rev("c1", "b1").label("c1lib"), rev("a2"), rev("b2", "a2"), rev("c2", "b2").dependsOn("c1lib"),
			rev("d1", "c1"));

	// Alembic's DependsOnBranchTestTwo ("kaboom"): three merges and a base depending on one revision of each.
	public static final Named KABOOM = graph("three merges and an overmerge", rev("a1"), rev("a2"), rev("a3"),
			rev("amerge", "a1", "a2", "a3"), rev("b1"), rev("b2"), rev("bmerge", "b1", "b2"), rev("c1"), rev("c2"),
			rev("c3"), rev("cmerge", "c1", "c2", "c3"), rev("d1").dependsOn("a3", "b2", "c1"));

	// Alembic's DependsOnBranchTestThree: two lines depending on each other crosswise.
	public static final Named CRISSCROSS = graph("crisscross", rev("a1"), rev("a2", "a1"), rev("b1"),
			rev("b2", "b1").dependsOn("a2"), rev("b3", "b2"), rev("a3", "a2").dependsOn("b1"));

	public static final Named OWN_PARENT = graph("depends on its own parent", rev("a1"),
			rev("a2", "a1").dependsOn("a1"));

	// Alembic's DependsOnBranchTestFour: b2 and b4 both depend on a3.
	public static final Named REPEATED_DEPENDENCY = graph("repeated dependency", rev("a1"), rev("a2", "a1"),
			rev("a3", "a2"), rev("b1"), rev("b2", "b1").dependsOn("a3"), rev("b3", "b2"),
			rev("b4", "b3").dependsOn("a3"));

	// Alembic's DependsOnBranchTestFive: a merge of a revision and a base depending on it.
	public static final Named MERGE_OF_DEPENDENCY = graph("merge of a dependency", rev("a1"), rev("b1").dependsOn("a1"),
			rev("bmerge", "a1", "b1"));

	// Alembic's MultipleBranchEffectiveHead: y2 depends on x1, the base of branch x.
	public static final Named EFFECTIVE_HEAD = graph("effective head", rev("y1").label("y"), rev("x1").label("x"),
			rev("y2", "y1").dependsOn("x1"), rev("x2", "x1"));

	// Alembic's BranchedPathTestCrossDependencies: BRANCHED where d2 depends on c1.
	public static final Named CROSS = graph("branches with a cross dependency", rev("a"), rev("b", "a"),
			rev("c1", "b").label("c1branch"), rev("d1", "c1"), rev("c2", "b").label("c2branch"),
			rev("d2", "c2").dependsOn("c1"));

	// Alembic's LabeledBranchTest: two bases, each line labelled.
	public static final Named LABELLED = graph("labelled lines", rev("a").label("abranch"), rev("b", "a"),
			rev("somelongername", "b"), rev("c", "somelongername"), rev("d"), rev("e", "d").label("ebranch"),
			rev("someothername", "e"), rev("f", "someothername"));

	private GraphFixtures() {
	}

}
