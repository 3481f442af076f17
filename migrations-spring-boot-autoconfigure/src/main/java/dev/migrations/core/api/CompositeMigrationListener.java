package dev.migrations.core.api;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.MigrationsException;

/**
 * Passes every event to several listeners, in order.
 */
final class CompositeMigrationListener implements MigrationListener {

	private final List<MigrationListener> listeners;

	CompositeMigrationListener(List<? extends MigrationListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public MigrationListener forDataSource(String name) {
		return new CompositeMigrationListener(
				this.listeners.stream().map((listener) -> listener.forDataSource(name)).toList());
	}

	@Override
	public void commandStarted(String command, String target) {
		this.listeners.forEach((listener) -> listener.commandStarted(command, target));
	}

	@Override
	public void commandFinished(String command, @Nullable RuntimeException failure) {
		this.listeners.forEach((listener) -> listener.commandFinished(command, failure));
	}

	@Override
	public void lockAcquired(Duration waited) {
		this.listeners.forEach((listener) -> listener.lockAcquired(waited));
	}

	@Override
	public void stepStarted(Step step) {
		this.listeners.forEach((listener) -> listener.stepStarted(step));
	}

	@Override
	public void stepSucceeded(Step step, Duration duration) {
		this.listeners.forEach((listener) -> listener.stepSucceeded(step, duration));
	}

	@Override
	public void stepFailed(Step step, Duration duration, MigrationsException failure) {
		this.listeners.forEach((listener) -> listener.stepFailed(step, duration, failure));
	}

}
