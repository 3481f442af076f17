package dev.migrations.core.schema.render;

import java.util.List;

import dev.migrations.core.schema.operation.Operation;

/**
 * Renders portable operations as one database's SQL. Each dialect returns its renderer; a new database plugs in
 * by implementing this interface (usually by extending {@link SqlRenderer}) and returning it from its dialect.
 */
public interface SchemaRenderer {

	/**
	 * Cuts operations into the batches rendered together, in order. Most databases render each operation alone;
	 * SQLite renders consecutive changes to one table as one rebuild.
	 * @param operations the operations
	 * @return the batches
	 */
	default List<List<Operation>> batches(List<Operation> operations) {
		return operations.stream().map(List::of).toList();
	}

	/**
	 * Whether a batch may rebuild a table, so that foreign keys must not be enforced while it runs.
	 * @param batch the batch
	 * @return {@code true} when rendering it may rebuild a table
	 */
	default boolean mayRebuild(List<Operation> batch) {
		return false;
	}

	/**
	 * Refuses an operation this database cannot do whatever the schema, before any operation of the revision
	 * runs: where DDL commits by itself, a revision refused part-way would stay half applied.
	 * @param operation the operation
	 * @throws IllegalArgumentException when this database cannot do it
	 */
	default void check(Operation operation) {
	}

	/**
	 * Renders one batch.
	 * @param batch operations from {@link #batches(List)}
	 * @param tables the database as it is before the batch, asked only when the SQL depends on it
	 * @return the SQL
	 * @throws IllegalArgumentException when the operations do not fit the schema, or this database cannot do them
	 */
	Rendering render(List<Operation> batch, TableSource tables);

}
