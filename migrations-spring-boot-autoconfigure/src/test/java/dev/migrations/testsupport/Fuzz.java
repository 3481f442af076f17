package dev.migrations.testsupport;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.migrations.core.error.MigrationsException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every fuzzed entry point keeps: on any input it returns a result or throws a
 * {@link MigrationsException} with a code and a message, never another exception, and it never hangs.
 */
public final class Fuzz {

	// A bound against hangs (a runaway regular expression, an endless loop), far above any real run.
	private static final Duration HANG = Duration.ofSeconds(10);

	private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "fuzz");
		thread.setDaemon(true);
		return thread;
	});

	private Fuzz() {
	}

	/**
	 * Runs the work and returns its result, or the {@link MigrationsException} it threw; any other exception, and a
	 * run longer than the hang bound, fails the property.
	 * @param <T> the result type
	 * @param work the work
	 * @return the outcome
	 */
	public static <T> Outcome<T> run(Supplier<T> work) {
		Future<T> future = RUNNER.submit(work::get);
		try {
			return new Outcome<>(future.get(HANG.toMillis(), TimeUnit.MILLISECONDS), null);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof MigrationsException failure) {
				assertThat(failure.getCode()).isNotNull();
				assertThat(failure.getMessage()).isNotBlank();
				return new Outcome<>(null, failure);
			}
			throw new AssertionError("Expected a result or a MigrationsException, but got " + ex.getCause(),
					ex.getCause());
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new AssertionError("Still running after " + HANG + ": the input makes it hang", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", ex);
		}
	}

	/**
	 * What a fuzzed call did: the result, or the exception it threw.
	 *
	 * @param <T> the result type
	 * @param result the result, when there was no failure
	 * @param failure the exception
	 */
	public record Outcome<T>(T result, MigrationsException failure) {

	}

}
