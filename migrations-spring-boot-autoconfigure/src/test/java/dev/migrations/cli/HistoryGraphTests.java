package dev.migrations.cli;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrations.core.api.Revision;
import dev.migrations.core.api.RevisionInfo;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryGraphTests {

	@Test
	void drawsADiamondLikeGitLogGraph() {
		List<RevisionInfo> newestFirst = List.of(info("m", true, false, "a2", "b1"), info("b1", false, false, "root"),
				info("a2", false, false, "a1"), info("a1", false, false, "root"), info("root", false, true));
		assertThat(HistoryGraph.draw(newestFirst, false)).containsExactly(
				"* (a2, b1) -> m (head) (mergepoint), m",
				"|\\",
				"| * root -> b1, b1",
				"* | a1 -> a2, a2",
				"* | root -> a1, a1",
				"|/",
				"* <base> -> root (branchpoint), root");
	}

	@Test
	void drawsTwoHeadsSideBySide() {
		List<RevisionInfo> newestFirst = List.of(info("b", true, false, "r"), info("a", true, false, "r"),
				info("r", false, true));
		assertThat(HistoryGraph.draw(newestFirst, false)).containsExactly("* r -> b (head), b", "| * r -> a (head), a",
				"|/", "* <base> -> r (branchpoint), r");
	}

	@Test
	void drawsAChainAsOneLane() {
		List<RevisionInfo> newestFirst = List.of(info("c", true, false, "b"), info("b", false, false, "a"),
				info("a", false, false));
		assertThat(HistoryGraph.draw(newestFirst, true)).containsExactly("* b -> c (head), c", "* a -> b, b",
				"* <base> -> a, a");
	}

	private static RevisionInfo info(String id, boolean head, boolean branchPoint, String... parents) {
		return new RevisionInfo(new Revision(id, List.of(parents), List.of(), Set.of(), id, id + ".sql"), id + ".sql",
				head, false, branchPoint);
	}

}
