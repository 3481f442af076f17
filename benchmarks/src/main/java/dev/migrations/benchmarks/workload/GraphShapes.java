package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes large revision graphs in the engine's format, each revision creating its {@code t_i} as in W(N).
 */
public final class GraphShapes {

	private GraphShapes() {
	}

	/**
	 * Writes a chain: each revision revises the one before.
	 * @param directory an existing, empty directory
	 * @param revisions the number of revisions
	 * @throws IOException when a file cannot be written
	 */
	public static void chain(Path directory, int revisions) throws IOException {
		RevisionFiles.write(directory, new Workload(revisions));
	}

	/**
	 * Writes {@code branches} branches with merges: from a base, rounds of {@code perMerge} parallel branches of equal
	 * length, each round closed by a merge revision that revises every branch's tip, then a chain up to the count.
	 * @param directory an existing, empty directory
	 * @param revisions the number of revisions
	 * @param branches the number of branches, a multiple of {@code perMerge}
	 * @param perMerge the branches each merge joins
	 * @throws IOException when a file cannot be written
	 */
	public static void branches(Path directory, int revisions, int branches, int perMerge) throws IOException {
		int rounds = branches / perMerge;
		int length = (revisions - 1 - rounds) / branches;
		if (branches % perMerge != 0 || length < 1) {
			throw new IllegalArgumentException(revisions + " revisions cannot form " + branches + " branches merged "
					+ perMerge + " at a time");
		}
		int next = 1;
		String trunk = Workload.id(next);
		RevisionFiles.write(directory, next++, List.of());
		for (int round = 0; round < rounds; round++) {
			List<String> tips = new ArrayList<>(perMerge);
			for (int branch = 0; branch < perMerge; branch++) {
				String parent = trunk;
				for (int step = 0; step < length; step++) {
					RevisionFiles.write(directory, next, List.of(parent));
					parent = Workload.id(next++);
				}
				tips.add(parent);
			}
			RevisionFiles.write(directory, next, tips);
			trunk = Workload.id(next++);
		}
		while (next <= revisions) {
			RevisionFiles.write(directory, next, List.of(trunk));
			trunk = Workload.id(next++);
		}
	}

}
