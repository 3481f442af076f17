package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.migrations.core.Migrations;
import dev.migrations.core.runtime.MigrationListener;

/**
 * Auto-configuration of the migrations engine: a {@link Migrations} facade for the application's DataSource, and a
 * {@link MigrationsInitializer} that upgrades the database at startup before anything else uses it.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ DataSource.class, Migrations.class })
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Migrations migrations(ObjectProvider<DataSource> dataSource, MigrationsProperties properties,
			ObjectProvider<MigrationListener> listener) {
		Migrations.Builder builder = Migrations.builder(dataSource.getObject());
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getLocations).to(builder::locations);
		map.from(properties::getSchema).to(builder::schema);
		map.from(properties::getVersionTable).to(builder::versionTable);
		map.from(properties::getHistoryTable).to(builder::historyTable);
		map.from(properties::getLockTimeout).to(builder::lockTimeout);
		map.from(properties::isValidateChecksums).to(builder::validateChecksums);
		listener.ifAvailable(builder::listener);
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationsInitializer migrationsInitializer(Migrations migrations, MigrationsProperties properties) {
		return new MigrationsInitializer(migrations, properties.getStartup(), properties.getTarget());
	}

}
