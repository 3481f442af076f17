package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.core.Migrations;
import dev.migrations.test.MigrationsChecks;

/**
 * The stairway program, run in a fresh JVM: runs every dynamic test of {@code MigrationsChecks} in order, as JUnit
 * would, and fails on the first failure. Prints {@code RESULT <whole run ns> <checks ns> <tests>}.
 * <p>
 * Arguments: database kind, JDBC URL, revision location, number of revisions.
 */
public final class StairwayRun {

	private StairwayRun() {
	}

	public static void main(String[] args) throws Throwable {
		long start = System.nanoTime();
		Migrations migrations = Migrations.builder(DatabaseKind.of(args[0]).dataSource(args[1]))
			.locations(List.of(args[2]))
			.build();
		int expected = Integer.parseInt(args[3]);
		if (migrations.history().size() != expected) {
			throw new IllegalStateException("Read " + migrations.history().size() + " revisions, expected " + expected);
		}
		long checksStart = System.nanoTime();
		List<DynamicTest> tests = new ArrayList<>();
		flatten(MigrationsChecks.of(migrations).tests(), tests);
		for (DynamicTest test : tests) {
			test.getExecutable().execute();
		}
		long end = System.nanoTime();
		System.out.println(ColdRun.RESULT + " " + (end - start) + " " + (end - checksStart) + " " + tests.size());
	}

	// The tests in the order JUnit runs them; the stream is lazy, so each container is opened when reached.
	private static void flatten(Stream<? extends DynamicNode> nodes, List<DynamicTest> into) {
		nodes.forEach((node) -> {
			if (node instanceof DynamicContainer container) {
				flatten(container.getChildren(), into);
			}
			else {
				into.add((DynamicTest) node);
			}
		});
	}

}
