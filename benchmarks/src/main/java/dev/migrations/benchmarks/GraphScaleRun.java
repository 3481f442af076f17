package dev.migrations.benchmarks;

import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.revision.Target;
import dev.migrations.core.runtime.Plan;
import dev.migrations.core.runtime.Planner;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.ScriptDirectory;

/**
 * The graph-scale program, run in a fresh JVM: loads a directory of revision files and plans an upgrade to the heads,
 * first cold, then warm, then measures the heap the loaded scripts keep. Prints
 * {@code RESULT <cold ns> <warm ns> <warm plan ns> <plan at head ns> <retained bytes>}.
 */
public final class GraphScaleRun {

	private static final int WARM_CALLS = 7;

	private GraphScaleRun() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		List<Location> locations = List.of(Location.parse("filesystem:" + args[0]));
		int expected = Integer.parseInt(args[1]);
		Plan first = plan(load(locations));
		long cold = System.nanoTime() - start;
		check(first, expected);
		List<Long> warm = new ArrayList<>();
		List<Long> planOnly = new ArrayList<>();
		List<Long> atHead = new ArrayList<>();
		for (int i = 0; i < WARM_CALLS; i++) {
			long loadStart = System.nanoTime();
			ScriptDirectory directory = load(locations);
			long planStart = System.nanoTime();
			Plan plan = plan(directory);
			long end = System.nanoTime();
			check(plan, expected);
			warm.add(end - loadStart);
			planOnly.add(end - planStart);
			long headStart = System.nanoTime();
			Plan noop = new Planner(directory.graph()).upgrade(plan.after(), Target.parse("heads"));
			atHead.add(System.nanoTime() - headStart);
			if (!noop.isEmpty()) {
				throw new IllegalStateException("The plan at head is not empty");
			}
		}
		System.out.println(ColdRun.RESULT + " " + cold + " " + median(warm) + " " + median(planOnly) + " "
				+ median(atHead) + " " + retained(locations));
	}

	private static ScriptDirectory load(List<Location> locations) {
		return ScriptDirectory.load(locations, GraphScaleRun.class.getClassLoader(), Dialects.names());
	}

	private static Plan plan(ScriptDirectory directory) {
		return new Planner(directory.graph()).upgrade(List.of(), Target.parse("heads"));
	}

	private static void check(Plan plan, int expected) {
		if (plan.steps().size() != expected) {
			throw new IllegalStateException("Planned " + plan.steps().size() + " steps, expected " + expected);
		}
	}

	// The heap with the loaded scripts reachable, less the heap once they are not, each after full collections.
	private static long retained(List<Location> locations) {
		ScriptDirectory directory = load(locations);
		long with = usedAfterGc();
		Reference.reachabilityFence(directory);
		directory = null;
		long without = usedAfterGc();
		return with - without;
	}

	private static long usedAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
