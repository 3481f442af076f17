package dev.migrations.benchmarks;

/**
 * What a sample measured.
 */
public enum Operation {

	/** Apply from an empty database to head. */
	APPLY("apply"),

	/** The upgrade command at head in a fresh JVM, tool loading included. */
	AT_HEAD_COLD("no-op at head, cold"),

	/** The upgrade command at head, a second time in the same JVM, the tool built afresh. */
	AT_HEAD_WARM("no-op at head, warm"),

	/** The upgrade command at head, a third time in the same JVM, on the tool instance of the second. */
	AT_HEAD_REUSED("no-op at head, warm, same instance"),

	/** The upgrade command at head on a pool of two connections, on the tool instance a call before it built there. */
	AT_HEAD_POOLED("no-op at head, warm, pooled"),

	/** Downgrade from head to base. */
	DOWNGRADE("downgrade"),

	/** The main thread's CPU time of {@link #APPLY}, which a wait for a core does not inflate. */
	APPLY_CPU("apply CPU"),

	/** The main thread's CPU time of {@link #AT_HEAD_COLD}. */
	AT_HEAD_COLD_CPU("no-op at head, cold, CPU");

	private final String label;

	Operation(String label) {
		this.label = label;
	}

	/**
	 * Returns the name reports show.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
