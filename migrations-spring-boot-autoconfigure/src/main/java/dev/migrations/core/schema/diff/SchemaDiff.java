package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.migrations.core.schema.operation.Operation;

/**
 * What makes a database match a model: the changes, in an order that runs, and the differences no portable operation
 * can make (an identity changed, a primary key that foreign keys reference), which a person must write by hand.
 *
 * @param changes the changes, in order
 * @param manual each difference that was not turned into an operation, in one sentence
 */
public record SchemaDiff(List<Change> changes, List<String> manual) {

	/**
	 * Creates a difference.
	 * @param changes the changes
	 * @param manual the differences left to write by hand
	 */
	public SchemaDiff {
		changes = List.copyOf(changes);
		manual = List.copyOf(manual);
	}

	/**
	 * Whether the database already matches the model.
	 * @return {@code true} without changes and without manual differences
	 */
	public boolean isEmpty() {
		return this.changes.isEmpty() && this.manual.isEmpty();
	}

	/**
	 * Returns the operations, in order.
	 * @return the operations
	 */
	public List<Operation> operations() {
		return this.changes.stream().map(Change::operation).toList();
	}

	/**
	 * Describes each difference in one line, the operations first, as {@code check} lists them.
	 * @return the descriptions
	 */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		this.changes.forEach((change) -> lines.add(change.operation().describe()));
		this.manual.forEach((text) -> lines.add("not generated: " + text));
		return lines;
	}

	/**
	 * Returns this difference with each change replaced, such as to add notes from the database.
	 * @param change what to do to each change
	 * @return the new difference
	 */
	public SchemaDiff map(UnaryOperator<Change> change) {
		return new SchemaDiff(this.changes.stream().map(change).toList(), this.manual);
	}

}
