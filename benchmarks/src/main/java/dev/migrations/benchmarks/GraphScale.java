package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrations.benchmarks.workload.GraphShapes;

/**
 * The graph-scale runs: a chain and a graph of 100 branches with merges, each loaded and planned in a fresh JVM.
 */
final class GraphScale {

	private final Launcher launcher;

	private final Path work;

	private final PrintStream progress;

	GraphScale(Launcher launcher, Path work, PrintStream progress) {
		this.launcher = launcher;
		this.work = work;
		this.progress = progress;
	}

	/**
	 * Writes both shapes and measures each.
	 * @param revisions the number of revisions of each shape
	 * @return the results
	 * @throws IOException when a file cannot be written or a run fails
	 * @throws InterruptedException when interrupted
	 */
	List<Result> run(int revisions) throws IOException, InterruptedException {
		List<Result> results = new ArrayList<>();
		Path chain = fresh("graph-chain");
		GraphShapes.chain(chain, revisions);
		results.add(measure("chain", chain, revisions));
		Path branches = fresh("graph-branches");
		GraphShapes.branches(branches, revisions, 100, 10);
		results.add(measure("100 branches, 10 merges", branches, revisions));
		return results;
	}

	private Result measure(String shape, Path directory, int revisions) throws IOException, InterruptedException {
		// The serial collector's full collections leave only reachable objects, so the heap figure is exact.
		long[] figures = this.launcher.runMain(this.launcher.classpath(Contender.OURS),
				GraphScaleRun.class.getName(), List.of("-XX:+UseSerialGC"),
				List.of(directory.toString(), String.valueOf(revisions)));
		Result result = new Result(shape, revisions, figures[0], figures[1], figures[2], figures[3], figures[4]);
		this.progress.println(String.format(Locale.ROOT, "graph %s: cold %.1f ms, warm %.1f ms, heap %.1f MB", shape,
				result.coldNanos() / 1e6, result.warmNanos() / 1e6, result.retainedBytes() / 1048576.0));
		return result;
	}

	private Path fresh(String name) throws IOException {
		Path directory = this.work.resolve(name);
		if (Files.exists(directory)) {
			Benchmark.deleteTree(directory);
		}
		return Files.createDirectories(directory);
	}

	/**
	 * The figures of one shape.
	 *
	 * @param shape the shape
	 * @param revisions the number of revisions
	 * @param coldNanos load and plan, first call in a fresh JVM, from {@code main()}
	 * @param warmNanos load and plan, median of later calls
	 * @param warmPlanNanos the plan alone, median of later calls
	 * @param atHeadPlanNanos planning at head, median of later calls
	 * @param retainedBytes the heap the loaded scripts and graph keep
	 */
	record Result(String shape, int revisions, long coldNanos, long warmNanos, long warmPlanNanos,
			long atHeadPlanNanos, long retainedBytes) {

	}

}
