package dev.migrations.actuate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.MigrationsException;

/**
 * Auto-configuration of the migrations meters and observations: a {@link MicrometerMigrationListener} that every
 * engine passes its events to, and a {@code migrations.pending} gauge per migrated DataSource.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ Migrations.class, MeterRegistry.class, ObservationRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
public final class MigrationsMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MicrometerMigrationListener micrometerMigrationListener(MeterRegistry meterRegistry,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		return new MicrometerMigrationListener(meterRegistry,
				observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	@Bean
	@ConditionalOnMissingBean(name = "migrationsPendingMeterBinder")
	MeterBinder migrationsPendingMeterBinder(ListableBeanFactory beanFactory) {
		return (registry) -> MigrationsBeans.byDataSource(beanFactory)
			.forEach((name, migrations) -> Gauge.builder("migrations.pending", migrations,
					MigrationsMetricsAutoConfiguration::pending)
				.description("Revisions an upgrade to the heads would apply; NaN when the database cannot be read")
				.tag("datasource", name)
				.strongReference(true)
				.register(registry));
	}

	private static double pending(Migrations migrations) {
		try {
			return migrations.report(0).pending().size();
		}
		catch (MigrationsException ex) {
			return Double.NaN;
		}
	}

}
