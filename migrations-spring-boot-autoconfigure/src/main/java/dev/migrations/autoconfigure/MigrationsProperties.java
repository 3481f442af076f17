package dev.migrations.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the migrations engine, under {@code migrations.*}: the settings of the application's
 * DataSource, and those of further DataSources under {@code migrations.instances.<name>.*}.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties extends MigrationsSettings {

	/**
	 * Whether to migrate databases.
	 */
	private boolean enabled = true;

	/**
	 * Further databases to migrate, by name, each with its own DataSource bean and settings.
	 */
	private Map<String, Instance> instances = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, Instance> getInstances() {
		return this.instances;
	}

	public void setInstances(Map<String, Instance> instances) {
		this.instances = instances;
	}

	/**
	 * A further database to migrate: a DataSource bean (or a URL) and its own settings, which do not inherit the
	 * top-level ones.
	 */
	public static class Instance extends MigrationsSettings {

		/**
		 * Name of the DataSource bean to migrate.
		 */
		private @Nullable String dataSource;

		public @Nullable String getDataSource() {
			return this.dataSource;
		}

		public void setDataSource(@Nullable String dataSource) {
			this.dataSource = dataSource;
		}

	}

}
