package dev.migrations.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sqlite.SQLiteDataSource;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Range;
import dev.migrations.core.api.Step;

/**
 * The graph-scale program, run in a fresh JVM: loads a directory of revision files and plans an upgrade to the heads
 * through the facade, without connecting, first cold, then warm, then measures the heap the loaded scripts keep.
 * Prints {@code RESULT <cold ns> <warm ns> <warm plan ns> <plan at head ns> <retained bytes>}.
 */
public final class GraphScaleRun {

	private static final int WARM_CALLS = 7;

	private static final Range AT_HEAD = new Range("heads", "heads");

	private GraphScaleRun() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		String location = "filesystem:" + args[0];
		int expected = Integer.parseInt(args[1]);
		List<Step> first = plan(engine(location));
		long cold = System.nanoTime() - start;
		check(first, expected);
		List<Long> warm = new ArrayList<>();
		List<Long> planOnly = new ArrayList<>();
		List<Long> atHead = new ArrayList<>();
		for (int i = 0; i < WARM_CALLS; i++) {
			long loadStart = System.nanoTime();
			Migrations migrations = engine(location);
			migrations.heads();
			long planStart = System.nanoTime();
			List<Step> plan = plan(migrations);
			long end = System.nanoTime();
			check(plan, expected);
			warm.add(end - loadStart);
			planOnly.add(end - planStart);
			long headStart = System.nanoTime();
			List<Step> noop = migrations.plan(AT_HEAD, Direction.UPGRADE);
			atHead.add(System.nanoTime() - headStart);
			if (!noop.isEmpty()) {
				throw new IllegalStateException("The plan at head is not empty");
			}
		}
		System.out.println(ColdRun.RESULT + " " + cold + " " + median(warm) + " " + median(planOnly) + " "
				+ median(atHead) + " " + retained(location));
	}

	// An engine that never connects: planning reads only the revision files.
	private static Migrations engine(String location) {
		SQLiteDataSource nowhere = new SQLiteDataSource();
		nowhere.setUrl("jdbc:sqlite::memory:");
		return Migrations.builder(nowhere).locations(List.of(location)).classLoader(GraphScaleRun.class.getClassLoader())
			.build();
	}

	private static List<Step> plan(Migrations migrations) {
		return migrations.plan(Range.ALL, Direction.UPGRADE);
	}

	private static void check(List<Step> plan, int expected) {
		if (plan.size() != expected) {
			throw new IllegalStateException("Planned " + plan.size() + " steps, expected " + expected);
		}
	}

	// The heap with the loaded scripts reachable, less the heap once they are not, each after full collections.
	private static long retained(String location) {
		Migrations migrations = engine(location);
		migrations.heads();
		long with = usedAfterGc();
		Reference.reachabilityFence(migrations);
		migrations = null;
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
