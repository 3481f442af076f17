package dev.migrations.benchmarks;

/**
 * One measured time.
 *
 * @param database {@code sqlite} or {@code postgresql}
 * @param size the workload size N
 * @param contender who ran
 * @param operation what ran
 * @param repetition the repetition, from 0
 * @param nanos how long it took
 */
public record Sample(String database, int size, Contender contender, Operation operation, int repetition,
		long nanos) {

	/**
	 * Returns the time in milliseconds.
	 * @return the time
	 */
	public double millis() {
		return this.nanos / 1_000_000.0;
	}

}
