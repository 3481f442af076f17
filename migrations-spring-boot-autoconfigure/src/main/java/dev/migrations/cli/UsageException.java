package dev.migrations.cli;

/**
 * The command line was not understood: exit code 2.
 */
final class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
