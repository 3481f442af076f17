package dev.migrations.core.revision;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.Graphs.Named;
import dev.migrations.testsupport.Graphs.Rev;

import static dev.migrations.core.error.ErrorCode.CYCLE;
import static dev.migrations.core.error.ErrorCode.DUPLICATE_BRANCH_LABEL;
import static dev.migrations.core.error.ErrorCode.DUPLICATE_REVISION;
import static dev.migrations.core.error.ErrorCode.INVALID_BRANCH_LABEL;
import static dev.migrations.core.error.ErrorCode.INVALID_REVISION_ID;
import static dev.migrations.core.error.ErrorCode.INVALID_TARGET;
import static dev.migrations.core.error.ErrorCode.SELF_REFERENCE;
import static dev.migrations.core.error.ErrorCode.UNKNOWN_DEPENDENCY;
import static dev.migrations.core.error.ErrorCode.UNKNOWN_PARENT;
import static dev.migrations.core.error.ErrorCode.UNKNOWN_REVISION;
import static dev.migrations.testsupport.GraphFixtures.BRANCHED;
import static dev.migrations.testsupport.GraphFixtures.DIAMOND;
import static dev.migrations.testsupport.GraphFixtures.EFFECTIVE_HEAD;
import static dev.migrations.testsupport.GraphFixtures.FOREST;
import static dev.migrations.testsupport.GraphFixtures.LABELLED;
import static dev.migrations.testsupport.GraphFixtures.MERGED;
import static dev.migrations.testsupport.Graphs.graph;
import static dev.migrations.testsupport.Graphs.rev;
import static dev.migrations.testsupport.Graphs.revisions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The graph's validation and queries as tables, as Alembic's {@code test_revision.py} writes them: invalid graphs with
 * the error code and the files the message must name, then queries with their answers, then merges.
 */
class RevisionGraphTests {

	static final Named ONLY_DEPENDED_ON = graph("revision only depended on", rev("a"), rev("b").dependsOn("a"));

	static final Named LABELLED_MERGE = graph("label above a merge point", rev("a"), rev("b1", "a"), rev("b2", "a"),
			rev("c", "b1", "b2"), rev("d", "c").label("x"), rev("e", "d"));

	static final Named EMPTY = graph("empty");

	static Stream<Arguments> invalidGraphs() {
		return Stream.of(
				arguments("duplicate id", new Rev[] { rev("a").in("one.sql"), rev("b", "a"), rev("a").in("two.sql") },
						DUPLICATE_REVISION, List.of("'a' is declared twice: in one.sql and in two.sql")),
				arguments("unknown parent", new Rev[] { rev("a"), rev("b", "x") }, UNKNOWN_PARENT,
						List.of("'b' in b.sql revises 'x'")),
				arguments("revises itself", new Rev[] { rev("a"), rev("b", "b") }, SELF_REFERENCE,
						List.of("'b' in b.sql")),
				arguments("depends on itself", new Rev[] { rev("a"), rev("b", "a").dependsOn("b") }, SELF_REFERENCE,
						List.of("'b' in b.sql")),
				arguments("depends on its own label", new Rev[] { rev("a"), rev("b", "a").label("x").dependsOn("x") },
						SELF_REFERENCE, List.of("b.sql")),
				arguments("unknown dependency", new Rev[] { rev("a"), rev("b", "a").dependsOn("zz") },
						UNKNOWN_DEPENDENCY, List.of("'b' in b.sql depends on 'zz'")),
				arguments("duplicate label", new Rev[] { rev("a").label("x"), rev("b", "a").label("x") },
						DUPLICATE_BRANCH_LABEL, List.of("'x' is declared by a.sql and by b.sql")),
				arguments("label is a revision id", new Rev[] { rev("a"), rev("b", "a").label("a") },
						INVALID_BRANCH_LABEL, List.of("'a' in b.sql is also the id of the revision in a.sql")),
				arguments("label is a keyword", new Rev[] { rev("a").label("head") }, INVALID_BRANCH_LABEL,
						List.of("'head' in a.sql")),
				arguments("label ends like a step", new Rev[] { rev("a").label("release-2") }, INVALID_BRANCH_LABEL,
						List.of("'release-2' in a.sql", "relative step")),
				arguments("label has a space", new Rev[] { rev("a").label("my branch") }, INVALID_BRANCH_LABEL,
						List.of("'my branch' in a.sql")),
				arguments("id has a dash", new Rev[] { rev("a-b") }, INVALID_REVISION_ID, List.of("'a-b' in a-b.sql")),
				arguments("id is a keyword", new Rev[] { rev("heads") }, INVALID_REVISION_ID,
						List.of("'heads' in heads.sql")),
				arguments("id too long", new Rev[] { rev("a".repeat(33)) }, INVALID_REVISION_ID,
						List.of("33 characters long")),
				arguments("two revisions revising each other", new Rev[] { rev("a", "b"), rev("b", "a") }, CYCLE,
						List.of("a -> b -> a", "a.sql, b.sql")),
				arguments("cycle below a head",
						new Rev[] { rev("h", "x"), rev("x", "y"), rev("y", "z"), rev("z", "x") },
						CYCLE, List.of("x -> y -> z -> x", "x.sql, y.sql, z.sql")),
				arguments("cycle through a dependency", new Rev[] { rev("a"), rev("b", "a").dependsOn("c"),
						rev("c", "b") }, CYCLE, List.of("b -> c -> b")),
				arguments("cycle through a label", new Rev[] { rev("x").dependsOn("lab"), rev("y", "x").label("lab") },
						CYCLE, List.of("x -> y -> x")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidGraphs")
	void rejects(String name, Rev[] revisions, ErrorCode code, List<String> messages) {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> RevisionGraph.of(revisions(revisions)))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(code);
				assertThat(ex.getMessage()).contains(messages);
			});
	}

	static Stream<Arguments> queries() {
		return Stream.of(
				query(BRANCHED, "heads", RevisionGraph::heads, "d1 d2"),
				query(BRANCHED, "bases", RevisionGraph::bases, "a"),
				query(BRANCHED, "order keeps branches together", RevisionGraph::revisions, "a b c1 d1 c2 d2"),
				query(BRANCHED, "children of the branch point", (graph) -> graph.children("b"), "c1 c2"),
				query(BRANCHED, "b is a branch point", (graph) -> graph.isBranchPoint("b"), "true"),
				query(BRANCHED, "c1 is no branch point", (graph) -> graph.isBranchPoint("c1"), "false"),
				query(BRANCHED, "labels descend", (graph) -> graph.branchLabels("d1"), "c1branch"),
				query(BRANCHED, "labels stop at a branch point", (graph) -> graph.branchLabels("b"), ""),
				query(BRANCHED, "branch members", (graph) -> sorted(graph.branch("c1branch").members()), "c1 d1"),
				query(BRANCHED, "branch lineage", (graph) -> sorted(graph.branch("c1branch").lineage()), "a b c1 d1"),
				query(BRANCHED, "branch named by a revision", (graph) -> sorted(graph.branch("d2").members()), "c2 d2"),
				query(BRANCHED, "label resolves to its revision", (graph) -> graph.resolve("c2branch").id(), "c2"),
				query(MERGED, "one head after a merge", RevisionGraph::heads, "f"),
				query(MERGED, "merge order", RevisionGraph::revisions, "a b c1 d1 c2 d2 e f"),
				query(MERGED, "labels cross merges", (graph) -> graph.branchLabels("f"), "c2branch"),
				query(MERGED, "labels stay off the other parent", (graph) -> graph.branchLabels("d1"), ""),
				query(MERGED, "e is a merge point", (graph) -> graph.get("e").isMerge(), "true"),
				query(LABELLED, "labels go down an unshared line", (graph) -> graph.branchLabels("d"), "ebranch"),
				query(LABELLED, "labels descend to the head", (graph) -> graph.branchLabels("f"), "ebranch"),
				query(LABELLED, "each line has its label", (graph) -> graph.branchLabels("c"), "abranch"),
				query(LABELLED, "branch named by a prefix", (graph) -> graph.branch("someo").revision(),
						"someothername"),
				query(LABELLED, "members include the line below", (graph) -> sorted(graph.branch("ebranch").members()),
						"d e f someothername"),
				query(LABELLED_MERGE, "labels stop above a merge point", (graph) -> graph.branchLabels("c"), ""),
				query(LABELLED_MERGE, "labels reach the head", (graph) -> graph.branchLabels("e"), "x"),
				query(DIAMOND, "diamond head", RevisionGraph::heads, "d"),
				query(DIAMOND, "a is a branch point", (graph) -> graph.isBranchPoint("a"), "true"),
				query(FOREST, "several heads", RevisionGraph::heads, "b1 b2"),
				query(FOREST, "several bases", RevisionGraph::bases, "a1 a2"),
				query(EFFECTIVE_HEAD, "depended-on base is no head", RevisionGraph::heads, "x2 y2"),
				query(EFFECTIVE_HEAD, "requirements: parents then dependencies", (graph) -> graph.requirements("y2"),
						"y1 x1"),
				query(EFFECTIVE_HEAD, "resolved heads", RevisionGraph::resolvedHeads, "x2 y2"),
				query(ONLY_DEPENDED_ON, "a revision only depended on is a head", RevisionGraph::heads, "a b"),
				query(ONLY_DEPENDED_ON, "resolved, it is no head", RevisionGraph::resolvedHeads, "b"),
				query(ONLY_DEPENDED_ON, "the order starts from the resolved heads", RevisionGraph::revisions, "a b"),
				query(ONLY_DEPENDED_ON, "a base may depend on another", RevisionGraph::bases, "a b"),
				query(ONLY_DEPENDED_ON, "dependents are not children", (graph) -> graph.children("a"), ""),
				query(ONLY_DEPENDED_ON, "dependents", (graph) -> graph.dependents("a"), "b"),
				query(EMPTY, "no heads", RevisionGraph::heads, ""),
				query(EMPTY, "no resolved heads", RevisionGraph::resolvedHeads, ""),
				query(EMPTY, "no revisions", RevisionGraph::size, "0"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("queries")
	void answers(Named graph, String query, Function<RevisionGraph, Object> question, String answer) {
		assertThat(render(question.apply(graph.graph()))).isEqualTo(answer);
	}

	static Stream<Arguments> merges() {
		return Stream.of(
				arguments(BRANCHED, List.of("heads"), "d1 d2", null),
				arguments(BRANCHED, List.of("c2branch@head", "c1branch@head"), "d2 d1", null),
				arguments(BRANCHED, List.of("d1", "d2b"), null, UNKNOWN_REVISION),
				arguments(BRANCHED, List.of("d1"), null, INVALID_TARGET),
				arguments(BRANCHED, List.of("d1", "d1", "d2"), null, INVALID_TARGET),
				arguments(BRANCHED, List.of("c1", "d2"), null, INVALID_TARGET),
				arguments(BRANCHED, List.of("-1", "d2"), null, INVALID_TARGET),
				arguments(MERGED, List.of("heads"), null, INVALID_TARGET),
				arguments(EFFECTIVE_HEAD, List.of("x@head", "y@head"), "x2 y2", null),
				arguments(FOREST, List.of("b1", "b2"), "b1 b2", null));
	}

	@ParameterizedTest(name = "{0}: merge {1} -> {2} {3}")
	@MethodSource("merges")
	void merges(Named graph, List<String> targets, String parents, ErrorCode error) {
		RevisionGraph revisions = graph.graph();
		TargetResolver resolver = new TargetResolver(revisions);
		if (error != null) {
			assertThatExceptionOfType(MigrationsException.class)
				.isThrownBy(() -> revisions.merge(resolver.revisions(targets.stream().map(Target::parse).toList()),
						"m1", "merge"))
				.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(error));
			return;
		}
		Revision merge = revisions.merge(resolver.revisions(targets.stream().map(Target::parse).toList()), "m1",
				"merge");
		assertThat(String.join(" ", merge.parents())).isEqualTo(parents);
		assertThat(merge.id()).isEqualTo("m1");
		assertThat(merge.message()).isEqualTo("merge");
		assertThat(merge.isMerge()).isTrue();
	}

	private static Arguments query(Named graph, String query, Function<RevisionGraph, Object> question,
			String answer) {
		return arguments(graph, query, question, answer);
	}

	private static List<String> sorted(Collection<String> ids) {
		return ids.stream().sorted().toList();
	}

	private static String render(Object answer) {
		if (answer instanceof Collection<?> items) {
			return String.join(" ", items.stream()
				.map((item) -> (item instanceof Revision revision) ? revision.id() : item.toString())
				.toList());
		}
		return answer.toString();
	}

}
