package dev.migrations.actuate;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class MigrationsMetricsAutoConfigurationTests {

	private final TestDatabase database = TestDatabase.sqlite();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MigrationsAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
		.withBean(DataSource.class, this.database::dataSource)
		.withPropertyValues("migrations.locations=" + MigrationsEndpointAutoConfigurationTests.LOCATION,
				"migrations.target=2b3c");

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void recordsStepsAndTheLockWaitOfTheStartupUpgrade() {
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(context).hasSingleBean(MicrometerMigrationListener.class);
			assertThat(registry.get("migrations.steps").tags("datasource", "dataSource", "revision", "1a2b3c4d5e6f",
					"direction", "upgrade", "outcome", "success").counter().count()).isEqualTo(1);
			assertThat(registry.get("migrations.step.duration").tags("revision", "2b3c4d5e6f7a").timer().count())
				.isEqualTo(1);
			assertThat(registry.get("migrations.lock.wait").tag("datasource", "dataSource").timer().count())
				.isEqualTo(1);
		});
	}

	@Test
	void bindsAPendingGaugePerDataSource() {
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			context.getBean("migrationsPendingMeterBinder", MeterBinder.class).bindTo(registry);
			assertThat(registry.get("migrations.pending").tag("datasource", "dataSource").gauge().value())
				.isEqualTo(1);
			context.getBean(Migrations.class).upgrade("heads");
			assertThat(registry.get("migrations.pending").gauge().value()).isZero();
		});
	}

	@Test
	void observesEachCommand() {
		List<Observation.Context> observed = new ArrayList<>();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				observed.add(context);
			}
		});
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withBean(ObservationRegistry.class, () -> observations)
			.run((context) -> {
				assertThat(observed).singleElement().satisfies((command) -> {
					assertThat(command.getName()).isEqualTo("migrations.command");
					assertThat(command.getContextualName()).isEqualTo("migrations upgrade");
					assertThat(command.getLowCardinalityKeyValue("datasource").getValue()).isEqualTo("dataSource");
					assertThat(command.getLowCardinalityKeyValue("command").getValue()).isEqualTo("upgrade");
					assertThat(command.getHighCardinalityKeyValue("target").getValue()).isEqualTo("2b3c");
					assertThat(command.getError()).isNull();
				});
				observed.clear();
				Migrations migrations = context.getBean(Migrations.class);
				assertThat(catchThrowable(() -> migrations.upgrade("nope")))
					.isNotNull();
				assertThat(observed).singleElement()
					.satisfies((command) -> assertThat(command.getError()).isNotNull());
			});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(Migrations.class)
			.doesNotHaveBean(MicrometerMigrationListener.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MicrometerMigrationListener.class));
	}

	@Test
	void backsOffForAUserDefinedListener() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.contextRunner.withBean(SimpleMeterRegistry.class, () -> registry)
			.withBean("customListener", MicrometerMigrationListener.class,
					() -> new MicrometerMigrationListener(registry, ObservationRegistry.NOOP))
			.run((context) -> assertThat(context).hasSingleBean(MicrometerMigrationListener.class)
				.hasBean("customListener")
				.getBeans(MigrationListener.class)
				.hasSize(1));
	}

}
