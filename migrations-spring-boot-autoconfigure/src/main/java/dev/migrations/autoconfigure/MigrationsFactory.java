package dev.migrations.autoconfigure;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsBuilder;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.schema.SchemaModel;

/**
 * Builds an engine from one database's settings, for the application's DataSource and for each instance alike.
 */
final class MigrationsFactory {

	private MigrationsFactory() {
	}

	/**
	 * Chooses the DataSource to migrate: a dedicated one, else one from the connection details' URL, else the
	 * application's with the connection details' user, else the application's.
	 * @param dedicated a DataSource meant for migrations only, or {@code null}
	 * @param connectionDetails a URL, user and password, each possibly {@code null}
	 * @param application the application's DataSource, or {@code null}
	 * @param what what is being configured, for the message
	 * @return the DataSource to migrate
	 */
	static DataSource dataSource(@Nullable DataSource dedicated, MigrationsConnectionDetails connectionDetails,
			Supplier<@Nullable DataSource> application, String what) {
		if (dedicated != null) {
			return dedicated;
		}
		String url = connectionDetails.getJdbcUrl();
		if (StringUtils.hasText(url)) {
			return apply(connectionDetails, DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(url));
		}
		DataSource dataSource = application.get();
		if (dataSource == null) {
			throw new IllegalStateException("No DataSource to migrate for " + what + ": define a single (or @Primary)"
					+ " DataSource bean, mark one @MigrationsDataSource, or set a URL to migrate");
		}
		if (StringUtils.hasText(connectionDetails.getUsername())) {
			return apply(connectionDetails, DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class));
		}
		return dataSource;
	}

	private static DataSource apply(MigrationsConnectionDetails connectionDetails, DataSourceBuilder<?> builder) {
		builder.username(connectionDetails.getUsername());
		builder.password(connectionDetails.getPassword());
		String driverClassName = connectionDetails.getDriverClassName();
		if (StringUtils.hasText(driverClassName)) {
			builder.driverClassName(driverClassName);
		}
		return builder.build();
	}

	/**
	 * Names the database an engine migrates, as logs, meters and the actuator endpoint show it: the bean name of the
	 * migrated DataSource, else of the application DataSource it derives from, else a fallback.
	 * @param beanFactory where the DataSource beans are
	 * @param migrated the DataSource the engine migrates
	 * @param application the application DataSource it derives from (same database, another user), or {@code null}
	 * @param fallback the name when neither is a bean
	 * @return the name
	 */
	static String name(ListableBeanFactory beanFactory, DataSource migrated, @Nullable DataSource application,
			String fallback) {
		String[] names = beanFactory.getBeanNamesForType(DataSource.class);
		for (DataSource candidate : (application != null) ? List.of(migrated, application) : List.of(migrated)) {
			for (String name : names) {
				if (beanFactory.getBean(name) == candidate) {
					return name;
				}
			}
		}
		return fallback;
	}

	/**
	 * Creates an engine.
	 * @param dataSource the database to migrate
	 * @param settings its settings
	 * @param name the name of the database, from {@link #name}
	 * @param listener the listener beans, composed
	 * @param customizers the customizer beans, in order
	 * @param classLoader the class loader for classpath locations
	 * @param model the model autogenerate compares the database with, or {@code null}
	 * @return the engine
	 */
	static Migrations create(DataSource dataSource, MigrationsSettings settings, String name,
			MigrationListener listener, Stream<MigrationsCustomizer> customizers, @Nullable ClassLoader classLoader,
			@Nullable SchemaModel model) {
		// Plain calls, not a PropertyMapper of method references: each reference is a class to spin at startup.
		MigrationsBuilder builder = Migrations.builder(dataSource).name(name);
		builder.locations(settings.getLocations());
		if (settings.getSchema() != null) {
			builder.schema(settings.getSchema());
		}
		builder.versionTable(settings.getVersionTable());
		builder.historyTable(settings.getHistoryTable());
		builder.lockTimeout(settings.getLockTimeout());
		builder.transactionPerMigration(settings.isTransactionPerMigration());
		builder.validateChecksums(settings.isValidateChecksums());
		builder.placeholders(settings.getPlaceholders());
		builder.revisionDirectory(settings.getRevision().getDirectory());
		builder.allowUnknownRevisions(settings.isAllowUnknownRevisions());
		builder.listener(listener);
		if (classLoader != null) {
			builder.classLoader(classLoader);
		}
		builder.model(model);
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

}
