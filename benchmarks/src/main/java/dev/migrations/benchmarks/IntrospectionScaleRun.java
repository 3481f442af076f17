package dev.migrations.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.core.Migrations;
import dev.migrations.core.schema.Schema;

/**
 * The introspection program, run in a fresh JVM: reads a database's schema into the model through the facade, first
 * cold (timed from {@code main()}, so class loading, the engine and the first connection count), then warm. Prints
 * {@code RESULT <cold ns> <first read ns> <warm ns> <first read CPU ns> <warm CPU ns>}: the first read is the cold
 * call less what any first command costs (the engine, the driver and the first connection, paid by a
 * {@code current()} call before it), warm the median of seven later calls; the CPU figures are this thread's CPU
 * time, which a busy machine's waits for a core do not inflate (the database server's work is not in them). With
 * {@code first} as the fourth argument, measures the first read.
 * <p>
 * Arguments: database kind, JDBC URL, expected number of tables.
 */
public final class IntrospectionScaleRun {

	private static final int WARM_CALLS = 7;

	private IntrospectionScaleRun() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		Migrations migrations = Migrations.builder(DatabaseKind.of(args[0]).dataSource(args[1])).build();
		int expected = Integer.parseInt(args[2]);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long firstRead = 0;
		long firstReadCpu = 0;
		if (args.length > 3 && args[3].equals("first")) {
			migrations.current();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long readStart = System.nanoTime();
			check(migrations.schema(), expected);
			firstRead = System.nanoTime() - readStart;
			firstReadCpu = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		else {
			check(migrations.schema(), expected);
		}
		long cold = System.nanoTime() - start;
		List<Long> warm = new ArrayList<>();
		List<Long> warmCpu = new ArrayList<>();
		for (int i = 0; i < WARM_CALLS; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long callStart = System.nanoTime();
			Schema schema = migrations.schema();
			warm.add(System.nanoTime() - callStart);
			warmCpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
			check(schema, expected);
		}
		System.out.println(ColdRun.RESULT + " " + cold + " " + firstRead + " " + median(warm) + " " + firstReadCpu + " "
				+ median(warmCpu));
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	// Every table, with its columns, index and foreign key: a reader that skipped work would be caught here.
	private static void check(Schema schema, int expected) {
		long indexes = schema.tables().stream().mapToLong((table) -> table.indexes().size()).sum();
		long keys = schema.tables().stream().mapToLong((table) -> table.foreignKeys().size()).sum();
		if (schema.tables().size() != expected || indexes != expected || keys != expected - 1) {
			throw new IllegalStateException("Read " + schema.tables().size() + " tables, " + indexes + " indexes and "
					+ keys + " foreign keys; expected " + expected + ", " + expected + " and " + (expected - 1));
		}
	}

}
