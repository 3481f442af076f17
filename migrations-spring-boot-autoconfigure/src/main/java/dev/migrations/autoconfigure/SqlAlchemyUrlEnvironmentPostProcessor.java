package dev.migrations.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.migrations.core.api.DatabaseUrl;

/**
 * Accepts SQLAlchemy-style URLs ({@code postgresql://user:pw@host/db}, {@code sqlite:///app.db}), as an Alembic
 * project's configuration writes them, in {@code spring.datasource.url} and {@code migrations.url}: each becomes the
 * JDBC URL it means, with the user and password it carries unless they are set on their own.
 */
class SqlAlchemyUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static final String SOURCE = "migrationsSqlAlchemyUrls";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> converted = new LinkedHashMap<>();
		convert(environment, "spring.datasource", converted);
		convert(environment, "migrations", converted);
		if (!converted.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, converted));
		}
	}

	private static void convert(ConfigurableEnvironment environment, String prefix, Map<String, Object> converted) {
		String url = environment.getProperty(prefix + ".url");
		if (url == null) {
			return;
		}
		DatabaseUrl.fromSqlAlchemy(url).ifPresent((database) -> {
			converted.put(prefix + ".url", database.jdbcUrl());
			if (database.user() != null && environment.getProperty(prefix + ".username") == null
					&& environment.getProperty(prefix + ".user") == null) {
				converted.put(prefix + (prefix.equals("migrations") ? ".user" : ".username"), database.user());
			}
			if (database.password() != null && environment.getProperty(prefix + ".password") == null) {
				converted.put(prefix + ".password", database.password());
			}
		});
	}

}
