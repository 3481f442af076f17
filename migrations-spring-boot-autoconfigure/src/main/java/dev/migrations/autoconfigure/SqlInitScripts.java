package dev.migrations.autoconfigure;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Tells whether Spring Boot's {@code spring.sql.init} would run schema scripts on a database at startup: its mode
 * lets it (always, or embedded on an embedded database) and one of its schema locations holds a script. Data scripts
 * alone are left alone: they run after the migrations and fill the migrated schema.
 */
final class SqlInitScripts {

	private static final String OPTIONAL = "optional:";

	private SqlInitScripts() {
	}

	// Read from the initializer bean itself, just before it runs its scripts.
	static boolean wouldRun(DataSourceScriptDatabaseInitializer initializer, ListableBeanFactory beanFactory) {
		DirectFieldAccessor fields = new DirectFieldAccessor(initializer);
		DatabaseInitializationSettings settings = (DatabaseInitializationSettings) fields.getPropertyValue("settings");
		DataSource dataSource = (DataSource) fields.getPropertyValue("dataSource");
		return settings != null && dataSource != null && wouldRun(settings.getMode(), settings.getSchemaLocations(),
				dataSource, beanFactory);
	}

	// Read from the spring.sql.init properties, before the migrations run and before the initializer bean exists.
	static boolean wouldRun(SqlInitializationProperties properties, DataSource dataSource,
			ListableBeanFactory beanFactory) {
		List<String> schema = (properties.getSchemaLocations() != null) ? properties.getSchemaLocations()
				: List.of("optional:classpath*:schema-" + properties.getPlatform() + ".sql",
						"optional:classpath*:schema.sql");
		return wouldRun(properties.getMode(), schema, dataSource, beanFactory);
	}

	private static boolean wouldRun(DatabaseInitializationMode mode, @Nullable List<String> schemaLocations,
			DataSource dataSource, ListableBeanFactory beanFactory) {
		if (schemaLocations == null || mode == DatabaseInitializationMode.NEVER) {
			return false;
		}
		ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
				? configurable.getBeanClassLoader() : null;
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		// The scripts first: telling an embedded database connects to it, and most applications have no schema script.
		for (String location : schemaLocations) {
			if (exists(resolver, location)) {
				return mode != DatabaseInitializationMode.EMBEDDED || EmbeddedDatabaseConnection.isEmbedded(dataSource);
			}
		}
		return false;
	}

	private static boolean exists(ResourcePatternResolver resolver, String location) {
		String pattern = location.startsWith(OPTIONAL) ? location.substring(OPTIONAL.length()) : location;
		try {
			return Arrays.stream(resolver.getResources(pattern)).anyMatch(Resource::exists);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
