package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.schema.SchemaModel;

/**
 * Auto-configuration of the migrations engine: a {@link Migrations} engine for the application's DataSource and one
 * for each {@code migrations.instances.<name>}, each with a {@link MigrationsInitializer} that brings its database to
 * the configured state at startup, before anything else uses it. The application's engine compares the database
 * with the model of {@code migrations.model} (or the application's own {@link SchemaModel} bean) for
 * {@code revision --autogenerate} and {@code check}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ DataSource.class, SimpleDriverDataSource.class, Migrations.class })
@Conditional(MigrationsAutoConfiguration.DatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, MigrationsInstancesRegistrar.class,
		MigrationsModelConfiguration.class })
public final class MigrationsAutoConfiguration {

	@Bean
	static MigrationsCoexistenceCheck migrationsCoexistenceCheck() {
		return new MigrationsCoexistenceCheck();
	}

	// Not replaceable, like Flyway's: other providers add to it rather than replace it.
	@Bean
	MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ListableBeanFactory beanFactory) {
		return new MigrationsSchemaManagementProvider(beanFactory);
	}

	@Bean
	@ConditionalOnMissingBean(MigrationsConnectionDetails.class)
	PropertiesMigrationsConnectionDetails migrationsConnectionDetails(MigrationsProperties properties) {
		return new PropertiesMigrationsConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(ApplicationDatabaseCondition.class)
	Migrations migrations(MigrationsProperties properties, MigrationsConnectionDetails connectionDetails,
			ObjectProvider<DataSource> dataSource, @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
			ObjectProvider<MigrationListener> listeners, ObjectProvider<MigrationsCustomizer> customizers,
			ObjectProvider<SchemaModel> model, ResourceLoader resourceLoader, ListableBeanFactory beanFactory) {
		DataSource migrated = MigrationsFactory.dataSource(migrationsDataSource.getIfAvailable(), connectionDetails,
				dataSource::getIfUnique, "migrations");
		// A URL of its own is another database; a user of its own still migrates the application's DataSource.
		DataSource application = StringUtils.hasText(connectionDetails.getJdbcUrl()) ? null : dataSource.getIfUnique();
		SchemaModel schemaModel = model.getIfUnique();
		return MigrationsFactory.create(migrated, properties,
				MigrationsFactory.name(beanFactory, migrated, application, "migrations"),
				MigrationListener.compose(listeners.orderedStream().toList()), customizers.orderedStream(),
				resourceLoader.getClassLoader(), (schemaModel != null)
						? new ConfiguredSchemaModel(schemaModel, properties.getAutogenerate().getExclude()) : null);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(Migrations.class)
	MigrationsInitializer migrationsInitializer(Migrations migrations, MigrationsProperties properties,
			ObjectProvider<MigrationStrategy> strategy) {
		return new MigrationsInitializer(migrations,
				strategy.getIfAvailable(() -> StartupMigrationStrategy.of(properties)),
				"migrations");
	}

	/**
	 * A database to migrate: a DataSource bean, or a URL of its own.
	 */
	static final class DatabaseCondition extends AnyNestedCondition {

		DatabaseCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		static final class DataSourceBean {

		}

		@ConditionalOnProperty("migrations.url")
		static final class MigrationsUrl {

		}

	}

	/**
	 * The top-level settings have a database: the one DataSource (or the primary one), a
	 * {@link MigrationsDataSource @MigrationsDataSource}, or {@code migrations.url}. Without one, for example with two
	 * DataSources that {@code migrations.instances} name, there is no top-level engine.
	 */
	static final class ApplicationDatabaseCondition extends AnyNestedCondition {

		ApplicationDatabaseCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnSingleCandidate(DataSource.class)
		static final class SingleDataSource {

		}

		@ConditionalOnBean(annotation = MigrationsDataSource.class)
		static final class QualifiedDataSource {

		}

		@ConditionalOnProperty("migrations.url")
		static final class MigrationsUrl {

		}

	}

}
