package dev.migrations.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The events meters, traces and progress output hang on.
 */
class MigrationsListenerTests {

	private static final String R1 = "1a2b3c4d5e6f";

	private static final String R2 = "2b3c4d5e6f7a";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void listenersHearCommandsTheLockAndStepsBoundToTheDataSourceName(TestDatabase database) {
		RecordingListener first = new RecordingListener();
		RecordingListener second = new RecordingListener();
		Migrations migrations = migrations(database).name("orders")
			.listener(MigrationListener.compose(List.of(first, second)))
			.build();
		migrations.upgrade("2b3c");
		assertThat(first.events).containsExactly("orders: started upgrade 2b3c", "orders: lock", "orders: step " + R1,
				"orders: succeeded " + R1, "orders: step " + R2, "orders: succeeded " + R2,
				"orders: finished upgrade ok");
		assertThat(second.events).isEqualTo(first.events);
		first.events.clear();
		migrations.upgrade("2b3c");
		assertThat(first.events).as("at the target, nothing but reading: no lock")
			.containsExactly("orders: started upgrade 2b3c", "orders: finished upgrade ok");
		first.events.clear();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.downgrade("+1"));
		assertThat(first.events).containsExactly("orders: started downgrade +1", "orders: lock",
				"orders: finished downgrade INVALID_TARGET");
		first.events.clear();
		migrations.stamp(List.of("base"), false);
		assertThat(first.events).containsExactly("orders: started stamp base", "orders: lock",
				"orders: finished stamp ok");
	}

	private static MigrationsBuilder migrations(TestDatabase database) {
		return Migrations.builder(database.dataSource()).locations(List.of(MigrationsTests.location("linear")));
	}

	private static final class RecordingListener implements MigrationListener {

		private final List<String> events;

		private final String name;

		RecordingListener() {
			this(new ArrayList<>(), "unbound");
		}

		private RecordingListener(List<String> events, String name) {
			this.events = events;
			this.name = name;
		}

		@Override
		public MigrationListener forDataSource(String name) {
			return new RecordingListener(this.events, name);
		}

		@Override
		public void commandStarted(String command, String target) {
			this.events.add(this.name + ": started " + command + " " + target);
		}

		@Override
		public void commandFinished(String command, @Nullable RuntimeException failure) {
			String outcome = (failure instanceof MigrationsException ex) ? ex.getCode().name() : "ok";
			this.events.add(this.name + ": finished " + command + " " + outcome);
		}

		@Override
		public void lockAcquired(Duration waited) {
			assertThat(waited.isNegative()).isFalse();
			this.events.add(this.name + ": lock");
		}

		@Override
		public void stepStarted(Step step) {
			this.events.add(this.name + ": step " + step.revision().id());
		}

		@Override
		public void stepSucceeded(Step step, Duration duration) {
			this.events.add(this.name + ": succeeded " + step.revision().id());
		}

	}

}
