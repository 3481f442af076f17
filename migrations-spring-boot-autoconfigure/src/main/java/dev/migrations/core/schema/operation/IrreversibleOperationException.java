package dev.migrations.core.schema.operation;

/**
 * Thrown by {@link Operation#reverse()} for an operation that does not carry what undoing it needs.
 */
public final class IrreversibleOperationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Operation operation;

	/**
	 * Creates the exception.
	 * @param operation the operation
	 */
	public IrreversibleOperationException(Operation operation) {
		super("'" + operation.describe() + "' cannot be reversed: " + operation.irreversibleReason());
		this.operation = operation;
	}

	/**
	 * Returns the operation that cannot be reversed.
	 * @return the operation
	 */
	public Operation operation() {
		return this.operation;
	}

}
