package dev.migrations.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * Model that 'revision --autogenerate' and 'check' compare the database with: 'jpa' (the application's
	 * entities), 'none', or the location of a declared schema such as 'classpath:db/schema.sql'. Unset, 'jpa' where
	 * Hibernate is present, otherwise none.
	 */
	private @Nullable String model;

	private final Autogenerate autogenerate = new Autogenerate();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getModel() {
		return this.model;
	}

	public void setModel(@Nullable String model) {
		this.model = model;
	}

	public Autogenerate getAutogenerate() {
		return this.autogenerate;
	}

	public Map<String, Instance> getInstances() {
		return this.instances;
	}

	public void setInstances(Map<String, Instance> instances) {
		this.instances = instances;
	}

	/**
	 * What 'revision --autogenerate' and 'check' compare.
	 */
	public static class Autogenerate {

		/**
		 * Tables that autogenerate and check leave alone, in the model and in the database: names, or patterns
		 * where '*' stands for any characters, compared without case.
		 */
		private List<String> exclude = new ArrayList<>();

		public List<String> getExclude() {
			return this.exclude;
		}

		public void setExclude(List<String> exclude) {
			this.exclude = exclude;
		}

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
