package dev.migrations.actuate;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.migrations.core.MigrationsBuilder;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.MigrationsException;

/**
 * Records the engine's events as Micrometer meters and observations: {@code migrations.steps} (counter) and
 * {@code migrations.step.duration} (timer) tagged with {@code datasource}, {@code revision}, {@code direction} and
 * {@code outcome}; {@code migrations.lock.wait} (timer) tagged with {@code datasource}; and a
 * {@code migrations.command} observation around each command that changes the version or history table (upgrade,
 * downgrade, stamp, resolve, accept-checksum), so traces show migrations.
 */
public final class MicrometerMigrationListener implements MigrationListener {

	private final MeterRegistry meters;

	private final ObservationRegistry observations;

	private final String dataSource;

	// Commands run on one thread from start to finish; nested commands stack.
	private final ThreadLocal<Deque<Observed>> running = ThreadLocal.withInitial(ArrayDeque::new);

	/**
	 * Creates a listener that engines bind to their DataSource name.
	 * @param meters where to record meters
	 * @param observations where to record observations
	 */
	public MicrometerMigrationListener(MeterRegistry meters, ObservationRegistry observations) {
		this(meters, observations, MigrationsBuilder.DEFAULT_NAME);
	}

	private MicrometerMigrationListener(MeterRegistry meters, ObservationRegistry observations, String dataSource) {
		this.meters = meters;
		this.observations = observations;
		this.dataSource = dataSource;
	}

	@Override
	public MigrationListener forDataSource(String name) {
		return new MicrometerMigrationListener(this.meters, this.observations, name);
	}

	@Override
	public void commandStarted(String command, String target) {
		Observation observation = Observation.createNotStarted("migrations.command", this.observations)
			.contextualName("migrations " + command)
			.lowCardinalityKeyValue("datasource", this.dataSource)
			.lowCardinalityKeyValue("command", command)
			.highCardinalityKeyValue("target", target)
			.start();
		this.running.get().push(new Observed(observation, observation.openScope()));
	}

	@Override
	public void commandFinished(String command, @Nullable RuntimeException failure) {
		Deque<Observed> stack = this.running.get();
		Observed observed = stack.poll();
		if (stack.isEmpty()) {
			this.running.remove();
		}
		if (observed == null) {
			return;
		}
		observed.scope().close();
		if (failure != null) {
			observed.observation().error(failure);
		}
		observed.observation().stop();
	}

	@Override
	public void lockAcquired(Duration waited) {
		Timer.builder("migrations.lock.wait")
			.description("Time taken to acquire the migration lock, waiting for other instances included")
			.tag("datasource", this.dataSource)
			.register(this.meters)
			.record(waited);
	}

	@Override
	public void stepSucceeded(Step step, Duration duration) {
		record(step, duration, "success");
	}

	@Override
	public void stepFailed(Step step, Duration duration, MigrationsException failure) {
		record(step, duration, "failure");
	}

	private void record(Step step, Duration duration, String outcome) {
		Tags tags = Tags.of("datasource", this.dataSource, "revision", step.revision().id(), "direction",
				step.direction().name().toLowerCase(Locale.ROOT), "outcome", outcome);
		Counter.builder("migrations.steps")
			.description("Revisions applied or reverted")
			.tags(tags)
			.register(this.meters)
			.increment();
		Timer.builder("migrations.step.duration")
			.description("Time a revision took to apply or revert, its version rows included")
			.tags(tags)
			.register(this.meters)
			.record(duration);
	}

	private record Observed(Observation observation, Observation.Scope scope) {

	}

}
