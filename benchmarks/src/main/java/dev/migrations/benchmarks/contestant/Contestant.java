package dev.migrations.benchmarks.contestant;

/**
 * A migration tool driven through its Java API, one command per method. Each call builds the tool afresh from a
 * plain DataSource, as a starting service does.
 */
public interface Contestant {

	/**
	 * Applies the workload to an empty database, up to its head.
	 * @param run the database and workload
	 * @throws Exception when the tool fails
	 */
	void apply(Run run) throws Exception;

	/**
	 * Runs the tool's upgrade command on a database already at head: the check every service start pays.
	 * @param run the database and workload
	 * @throws Exception when the tool fails
	 */
	void atHead(Run run) throws Exception;

	/**
	 * Runs the upgrade command at head again on the tool instance the last {@link #atHead(Run)} built, as a service
	 * holding the tool as a bean would; tools bound to one connection are built afresh.
	 * @param run the database and workload
	 * @throws Exception when the tool fails
	 */
	default void atHeadAgain(Run run) throws Exception {
		atHead(run);
	}

	/**
	 * Reverts every revision, down to an empty version table.
	 * @param run the database and workload
	 * @throws Exception when the tool fails
	 * @throws UnsupportedOperationException when the tool cannot downgrade
	 */
	void downgrade(Run run) throws Exception;

	/**
	 * Whether {@link #downgrade(Run)} is available.
	 * @return {@code true} if the tool can downgrade
	 */
	default boolean canDowngrade() {
		return true;
	}

}
