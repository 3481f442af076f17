package dev.migrations.benchmarks;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.migrations.benchmarks.contestant.Contestant;
import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.benchmarks.contestant.Run;
import dev.migrations.benchmarks.workload.Workload;
import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * The program each measured run starts in a fresh JVM. The clock starts at the first line of {@code main}, so tool
 * loading counts and JVM start does not. Prints one line, {@code RESULT <ns>...}: the time and the main thread's CPU
 * time (-1 where it cannot be read), or at head the cold call, a second call with the tool built afresh, a third on
 * the instance the second built, the main thread's CPU time of the cold call, and a call on a pool of two connections
 * (on the instance a call before it built on that pool).
 * <p>
 * Arguments: contestant class, operation ({@code apply}, {@code at-head}, {@code downgrade}), database kind, JDBC URL,
 * workload directory, workload size.
 */
public final class ColdRun {

	/** The prefix of the line that carries the figures. */
	public static final String RESULT = "RESULT";

	private ColdRun() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		long cpu = ThreadCpu.now();
		Contestant contestant = (Contestant) Class.forName(args[0]).getDeclaredConstructor().newInstance();
		Run run = new Run(DatabaseKind.of(args[2]), args[3],
				new WorkloadFiles(Path.of(args[4]), new Workload(Integer.parseInt(args[5]))));
		String operation = args[1];
		if (operation.equals("apply")) {
			contestant.apply(run);
			report(System.nanoTime() - start, ThreadCpu.since(cpu));
		}
		else if (operation.equals("downgrade")) {
			contestant.downgrade(run);
			report(System.nanoTime() - start, ThreadCpu.since(cpu));
		}
		else if (operation.equals("at-head")) {
			contestant.atHead(run);
			long first = System.nanoTime() - start;
			long firstCpu = ThreadCpu.since(cpu);
			long second = System.nanoTime();
			contestant.atHead(run);
			long third = System.nanoTime();
			contestant.atHeadAgain(run);
			long reused = System.nanoTime() - third;
			report(first, third - second, reused, firstCpu, pooled(contestant, run));
		}
		else {
			throw new IllegalArgumentException("Unknown operation: " + operation);
		}
	}

	// A further call at head on a pool of two connections (Flyway holds one for its lock), after one that builds the
	// tool on it: no connection set-up, so what is left is the tool's own work and its queries.
	private static long pooled(Contestant contestant, Run run) throws Exception {
		HikariConfig config = new HikariConfig();
		config.setDataSource(run.dataSource());
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(2);
		try (HikariDataSource pool = new HikariDataSource(config)) {
			Run pooled = run.on(pool);
			contestant.atHead(pooled);
			long start = System.nanoTime();
			contestant.atHeadAgain(pooled);
			return System.nanoTime() - start;
		}
	}

	private static void report(long... figures) {
		StringBuilder line = new StringBuilder(RESULT);
		for (long figure : figures) {
			line.append(' ').append(figure);
		}
		System.out.println(line);
		System.out.flush();
	}

}
