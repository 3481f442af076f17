package dev.migrations.core.dialect;

/**
 * A held migration lock; closing it releases the lock.
 */
@FunctionalInterface
public interface MigrationLock extends AutoCloseable {

	@Override
	void close();

}
