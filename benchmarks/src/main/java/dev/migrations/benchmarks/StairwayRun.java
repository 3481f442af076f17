package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import com.zaxxer.hikari.HikariDataSource;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.core.Migrations;
import dev.migrations.test.MigrationsChecks;

/**
 * The stairway program, run in a fresh JVM: runs every dynamic test of {@code MigrationsChecks} in order, as JUnit
 * would, and fails on the first failure. Prints {@code RESULT <whole run ns> <checks ns> <tests>}. The engine gets a
 * HikariCP pool over the driver's DataSource, as in a {@code @MigrationsTest}, where the kit runs on the
 * application's pooled DataSource: each command borrows a connection instead of opening one.
 * <p>
 * Arguments: database kind, JDBC URL, revision location, number of revisions.
 */
public final class StairwayRun {

	private StairwayRun() {
	}

	public static void main(String[] args) throws Throwable {
		long start = System.nanoTime();
		try (HikariDataSource pool = pool(DatabaseKind.of(args[0]).dataSource(args[1]))) {
			Migrations migrations = Migrations.builder(pool).locations(List.of(args[2])).build();
			int expected = Integer.parseInt(args[3]);
			if (migrations.history().size() != expected) {
				throw new IllegalStateException("Read " + migrations.history().size() + " revisions, expected "
						+ expected);
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
	}

	private static HikariDataSource pool(DataSource driver) {
		HikariDataSource pool = new HikariDataSource();
		pool.setDataSource(driver);
		pool.setMaximumPoolSize(2);
		pool.setPoolName("stairway");
		return pool;
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
