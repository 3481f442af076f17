package dev.migrations.benchmarks.workload;

import java.util.List;
import java.util.Locale;

/**
 * The workload W(N): revision {@code i} (1 to N) creates table {@code t_i} and its index {@code ix_t_i_name}, and its
 * downgrade drops both. The same statements, written by {@link WorkloadFiles} in each tool's native format.
 *
 * @param size the number of revisions, N
 */
public record Workload(int size) {

	public Workload {
		if (size < 1) {
			throw new IllegalArgumentException("A workload needs at least one revision, not " + size);
		}
	}

	/**
	 * Returns the revision id of revision {@code i}, the same in every format that has ids.
	 * @param i the revision number, from 1
	 * @return the id, such as {@code w00042}
	 */
	public static String id(int i) {
		return String.format(Locale.ROOT, "w%05d", i);
	}

	/**
	 * Returns the statements that apply revision {@code i}.
	 * @param i the revision number, from 1
	 * @return the statements, without delimiters
	 */
	public static List<String> upgrade(int i) {
		return List.of("CREATE TABLE t_" + i + " (id integer PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp)",
				"CREATE INDEX ix_t_" + i + "_name ON t_" + i + " (name)");
	}

	/**
	 * Returns the statements that revert revision {@code i}.
	 * @param i the revision number, from 1
	 * @return the statements, without delimiters
	 */
	public static List<String> downgrade(int i) {
		return List.of("DROP INDEX ix_t_" + i + "_name", "DROP TABLE t_" + i);
	}

}
