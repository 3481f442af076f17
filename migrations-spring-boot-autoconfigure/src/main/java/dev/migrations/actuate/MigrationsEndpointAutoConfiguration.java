package dev.migrations.actuate;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.core.Migrations;

/**
 * Auto-configuration of the {@code migrations} actuator endpoint, when it is exposed, and of its upgrade operation,
 * only when {@code migrations.endpoint.upgrade-enabled=true}.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({ Migrations.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
@EnableConfigurationProperties(MigrationsEndpointProperties.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Migrations.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(ListableBeanFactory beanFactory, MigrationsEndpointProperties properties) {
		return new MigrationsEndpoint(beanFactory, properties.getHistoryLimit());
	}

	@Bean
	@ConditionalOnBean(Migrations.class)
	@ConditionalOnBooleanProperty("migrations.endpoint.upgrade-enabled")
	@ConditionalOnMissingBean
	MigrationsUpgradeWebExtension migrationsUpgradeWebExtension(ListableBeanFactory beanFactory) {
		return new MigrationsUpgradeWebExtension(beanFactory);
	}

}
