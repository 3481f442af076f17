package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.api.Revision;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.ScriptDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GraphShapesTests {

	@TempDir
	Path temp;

	@Test
	void chainHasOneBaseAndOneHead() throws IOException {
		GraphShapes.chain(this.temp, 50);
		RevisionGraph graph = load();
		assertThat(graph.size()).isEqualTo(50);
		assertThat(graph.bases()).containsExactly("w00001");
		assertThat(graph.heads()).containsExactly("w00050");
	}

	@Test
	void branchesForkFromTheTrunkAndMergeBackIntoOneHead() throws IOException {
		GraphShapes.branches(this.temp, 1000, 100, 10);
		RevisionGraph graph = load();
		assertThat(graph.size()).isEqualTo(1000);
		assertThat(graph.bases()).containsExactly("w00001");
		assertThat(graph.heads()).containsExactly("w01000");
		List<Revision> merges = graph.revisions().stream().filter(Revision::isMerge).toList();
		assertThat(merges).hasSize(10).allSatisfy((merge) -> assertThat(merge.parents()).hasSize(10));
		long branchStarts = graph.revisions().stream()
			.filter((revision) -> !revision.isBase() && graph.dependents(revision.parents().get(0)).size() == 10)
			.count();
		assertThat(branchStarts).isEqualTo(100);
	}

	@Test
	void branchesNeedRoomForEveryBranch() {
		assertThatIllegalArgumentException().isThrownBy(() -> GraphShapes.branches(this.temp, 100, 100, 10));
	}

	private RevisionGraph load() {
		return ScriptDirectory
			.load(List.of(Location.parse("filesystem:" + this.temp)), getClass().getClassLoader(), Dialects.names())
			.graph();
	}

}
