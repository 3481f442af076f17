package dev.migrations.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The one exception the engine throws: a code, and a message that says what failed, where, and what to do.
 */
public class MigrationsException extends RuntimeException {

	private final ErrorCode code;

	public MigrationsException(ErrorCode code, String message) {
		this(code, message, null);
	}

	public MigrationsException(ErrorCode code, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/**
	 * Returns what went wrong, as a stable code.
	 * @return the error code
	 */
	public ErrorCode getCode() {
		return this.code;
	}

}
