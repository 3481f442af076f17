package dev.migrations.cli;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The engines a command may run on: the application's own and one per {@code migrations.instances.<name>}, with the
 * settings of each. {@code --instance NAME} picks one; without it, commands run on the application's engine.
 *
 * @param primary the application's engine, or {@code null} when the application has no DataSource
 * @param primarySettings the settings of the application's engine
 * @param instances the further engines by instance name
 * @param instanceSettings the settings of each further engine by instance name
 */
record Engines(@Nullable Migrations primary, Settings primarySettings, Map<String, Migrations> instances,
		Map<String, Settings> instanceSettings) {

	Engines {
		instances = new TreeMap<>(instances);
		instanceSettings = Map.copyOf(instanceSettings);
	}

	/**
	 * One engine, without further instances.
	 * @param migrations the engine, or {@code null}
	 * @param settings its settings
	 * @return the engines
	 */
	static Engines of(@Nullable Migrations migrations, Settings settings) {
		return new Engines(migrations, settings, Map.of(), Map.of());
	}

	/**
	 * Picks the engine a command runs on.
	 * @param instance the instance named by {@code --instance}, or {@code null} for the application's engine
	 * @return the engine
	 * @throws UsageException when {@code --instance} names no instance
	 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} when the application has no DataSource
	 */
	Migrations select(@Nullable String instance) {
		if (instance != null) {
			Migrations selected = this.instances.get(instance);
			if (selected == null) {
				throw new UsageException("No instance '" + instance
						+ "' is configured; " + (this.instances.isEmpty() ? "no migrations.instances.* are set"
								: "the instances are: " + String.join(", ", this.instances.keySet())));
			}
			return selected;
		}
		if (this.primary == null) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION,
					"The application has no DataSource to migrate; set spring.datasource.url (or migrations.url)"
							+ (this.instances.isEmpty() ? ""
									: ", or pick an instance with --instance (" + String.join(", ",
											this.instances.keySet()) + ")"));
		}
		return this.primary;
	}

	/**
	 * Returns the settings of the engine {@link #select(String)} picks.
	 * @param instance the instance, or {@code null}
	 * @return its settings
	 */
	Settings settings(@Nullable String instance) {
		return (instance != null) ? this.instanceSettings.getOrDefault(instance, new Settings(null))
				: this.primarySettings;
	}

}
