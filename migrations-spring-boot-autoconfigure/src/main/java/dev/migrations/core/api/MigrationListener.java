package dev.migrations.core.api;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.MigrationsException;

/**
 * Receives the engine's events, for meters, logs or progress output. Every method does nothing by default.
 */
public interface MigrationListener {

	/** A listener that ignores every event. */
	MigrationListener NONE = new MigrationListener() {
	};

	/**
	 * Combines listeners into one that passes every event to each of them, in order.
	 * @param listeners the listeners
	 * @return {@link #NONE} for no listener, the listener itself for one, else a listener that calls them all
	 */
	static MigrationListener compose(List<? extends MigrationListener> listeners) {
		return switch (listeners.size()) {
			case 0 -> NONE;
			case 1 -> listeners.get(0);
			default -> new CompositeMigrationListener(listeners);
		};
	}

	/**
	 * Returns the listener for the engine of one named DataSource; the engine calls it once, with its name. A
	 * listener that tags what it records with the DataSource returns a listener bound to the name.
	 * @param name the name of the engine's DataSource
	 * @return the listener for that engine; this listener by default
	 */
	default MigrationListener forDataSource(String name) {
		return this;
	}

	/**
	 * Called when a command that changes the version or history table ({@code upgrade}, {@code downgrade},
	 * {@code stamp}, {@code resolve}, {@code accept-checksum}) starts, before it takes the lock.
	 * @param command the command name
	 * @param target the target as given
	 */
	default void commandStarted(String command, String target) {
	}

	/**
	 * Called when a command that {@link #commandStarted started} ends, on the same thread.
	 * @param command the command name
	 * @param failure the error it ended with, or {@code null} when it succeeded
	 */
	default void commandFinished(String command, @Nullable RuntimeException failure) {
	}

	/**
	 * Called when the migration lock is held, before the version rows are read. Not called by an upgrade that finds
	 * the database already at its target, which only reads.
	 * @param waited how long taking the lock took, waiting for other processes included
	 */
	default void lockAcquired(Duration waited) {
	}

	/**
	 * Called before a step runs.
	 * @param step the step
	 */
	default void stepStarted(Step step) {
	}

	/**
	 * Called after a step committed.
	 * @param step the step
	 * @param duration how long it took
	 */
	default void stepSucceeded(Step step, Duration duration) {
	}

	/**
	 * Called after a step failed (and, when transactional, rolled back).
	 * @param step the step
	 * @param duration how long it ran
	 * @param failure the error
	 */
	default void stepFailed(Step step, Duration duration, MigrationsException failure) {
	}

}
