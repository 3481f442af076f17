package dev.migrations.actuate;

import java.util.Locale;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.core.Migrations;

/**
 * Auto-configuration of the {@code migrations} health indicator: one {@link MigrationsHealthIndicator} per migrated
 * DataSource, a composite keyed by DataSource name when there are several. Off with
 * {@code management.health.migrations.enabled=false}.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({ Migrations.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrations.class)
@ConditionalOnEnabledHealthIndicator("migrations")
@EnableConfigurationProperties(MigrationsHealthProperties.class)
public final class MigrationsHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<MigrationsHealthIndicator, Migrations> {

	MigrationsHealthContributorAutoConfiguration(MigrationsHealthProperties properties) {
		super((migrations) -> new MigrationsHealthIndicator(migrations,
				new Status(properties.getPendingStatus().toUpperCase(Locale.ROOT))));
	}

	@Bean
	@ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
	HealthContributor migrationsHealthContributor(ListableBeanFactory beanFactory) {
		return createContributor(MigrationsBeans.byDataSource(beanFactory));
	}

}
