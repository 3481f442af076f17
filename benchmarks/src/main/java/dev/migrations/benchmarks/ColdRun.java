package dev.migrations.benchmarks;

import java.nio.file.Path;

import dev.migrations.benchmarks.contestant.Contestant;
import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.benchmarks.contestant.Run;
import dev.migrations.benchmarks.workload.Workload;
import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * The program each measured run starts in a fresh JVM. The clock starts at the first line of {@code main}, so tool
 * loading counts and JVM start does not. Prints one line, {@code RESULT <ns>...}: one figure, or at head three: the
 * cold call, a second call with the tool built afresh, and a third on the instance the second built.
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
		Contestant contestant = (Contestant) Class.forName(args[0]).getDeclaredConstructor().newInstance();
		Run run = new Run(DatabaseKind.of(args[2]), args[3],
				new WorkloadFiles(Path.of(args[4]), new Workload(Integer.parseInt(args[5]))));
		String operation = args[1];
		if (operation.equals("apply")) {
			contestant.apply(run);
			report(System.nanoTime() - start);
		}
		else if (operation.equals("downgrade")) {
			contestant.downgrade(run);
			report(System.nanoTime() - start);
		}
		else if (operation.equals("at-head")) {
			contestant.atHead(run);
			long first = System.nanoTime() - start;
			long second = System.nanoTime();
			contestant.atHead(run);
			long third = System.nanoTime();
			contestant.atHeadAgain(run);
			report(first, third - second, System.nanoTime() - third);
		}
		else {
			throw new IllegalArgumentException("Unknown operation: " + operation);
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
