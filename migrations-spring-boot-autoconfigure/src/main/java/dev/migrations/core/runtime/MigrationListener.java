package dev.migrations.core.runtime;

import java.time.Duration;

import dev.migrations.core.error.MigrationsException;

/**
 * Receives the engine's events, for meters, logs or progress output. Every method does nothing by default.
 */
public interface MigrationListener {

	/** A listener that ignores every event. */
	MigrationListener NONE = new MigrationListener() {
	};

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
