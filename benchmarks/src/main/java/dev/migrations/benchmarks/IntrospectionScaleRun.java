package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.core.Migrations;
import dev.migrations.core.schema.Schema;

/**
 * The introspection program, run in a fresh JVM: reads a database's schema into the model through the facade, first
 * cold (timed from {@code main()}, so class loading, the engine and the first connection count), then warm. Prints
 * {@code RESULT <cold ns> <first read ns> <warm ns>}: the first read is the cold call less what any first command
 * costs (the engine, the driver and the first connection, paid by a {@code current()} call before it), warm the
 * median of seven later calls. With {@code first} as the fourth argument, measures only the first read.
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
		long firstRead = 0;
		if (args.length > 3 && args[3].equals("first")) {
			migrations.current();
			long readStart = System.nanoTime();
			check(migrations.schema(), expected);
			firstRead = System.nanoTime() - readStart;
		}
		else {
			check(migrations.schema(), expected);
		}
		long cold = System.nanoTime() - start;
		List<Long> warm = new ArrayList<>();
		for (int i = 0; i < WARM_CALLS; i++) {
			long callStart = System.nanoTime();
			Schema schema = migrations.schema();
			warm.add(System.nanoTime() - callStart);
			check(schema, expected);
		}
		Collections.sort(warm);
		System.out.println(ColdRun.RESULT + " " + cold + " " + firstRead + " " + warm.get(warm.size() / 2));
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
