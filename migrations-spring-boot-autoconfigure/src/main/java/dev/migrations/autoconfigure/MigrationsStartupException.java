package dev.migrations.autoconfigure;

import dev.migrations.core.error.MigrationsException;

/**
 * A failure of a startup migration, with the prefix of the properties that configured it, so that the failure report
 * names the property to change ({@code migrations.startup} or {@code migrations.instances.audit.startup}).
 */
final class MigrationsStartupException extends RuntimeException {

	private final String prefix;

	MigrationsStartupException(String prefix, MigrationsException cause) {
		super("Startup migration (" + prefix + ") failed: " + cause.getMessage(), cause);
		this.prefix = prefix;
	}

	String getPrefix() {
		return this.prefix;
	}

}
