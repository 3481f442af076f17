package dev.migrations.autoconfigure.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.cfg.AvailableSettings;

import dev.migrations.core.schema.ServerVersion;

/**
 * The settings that tell Hibernate, without a connection, the server it would see when connected: its product name
 * and version, from which its dialect picks the types (MariaDB's {@code uuid} from 10.7). An application that names
 * the version itself ({@code spring.jpa.properties.jakarta.persistence.database-major-version}, ...) keeps its own.
 */
final class HibernateServerSettings {

	private static final List<String> VERSION_SETTINGS = List.of(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME,
			AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
			AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION);

	private HibernateServerSettings() {
	}

	/**
	 * Returns settings with a server's product and version, unless they name a version already.
	 * @param settings the application's Hibernate settings
	 * @param server the server
	 * @return the settings to build the metadata with
	 */
	static Map<String, Object> of(Map<String, Object> settings, ServerVersion server) {
		if (VERSION_SETTINGS.stream().anyMatch(settings::containsKey)) {
			return settings;
		}
		Map<String, Object> applied = new HashMap<>(settings);
		applied.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, server.product());
		applied.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, server.version());
		applied.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, server.major());
		applied.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, server.minor());
		return applied;
	}

}
