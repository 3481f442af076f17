package dev.migrations.core.schema;

/**
 * A sequence, such as the one a JPA entity's {@code @GeneratedValue(strategy = SEQUENCE)} id draws from. Only
 * sequences no column owns are sequences of the schema: those behind serial and identity columns belong to their
 * column.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the step between values
 */
public record Sequence(String name, long start, long increment) {

	/**
	 * Creates a sequence.
	 * @param name the sequence name
	 * @param start the first value
	 * @param increment the step, not zero
	 */
	public Sequence {
		if (increment == 0) {
			throw new IllegalArgumentException("sequence '" + name + "' has an increment of 0");
		}
	}

}
