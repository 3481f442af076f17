package dev.migrations.autoconfigure.jpa;

import java.sql.Connection;
import java.util.Map;
import java.util.Set;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.inspect.SchemaInspector;
import dev.migrations.testsupport.TestDatabase;

/**
 * Hibernate's own schema export ({@code ddl-auto=create}) of entity classes into a test database, read back by the
 * inspector: what the JPA model must equal.
 */
final class HibernateExport {

	private HibernateExport() {
	}

	static Schema exportAndInspect(TestDatabase database, Class<?>... entities) throws Exception {
		run(database, "create", entities);
		try (Connection connection = database.connect()) {
			return SchemaInspector.inspect(connection, database.dialect(), null, Set.of());
		}
	}

	// Hibernate's ddl-auto=validate: throws when a table, column or sequence the entities need is missing.
	static void validate(TestDatabase database, Class<?>... entities) {
		run(database, "validate", entities);
	}

	private static void run(TestDatabase database, String ddlAuto, Class<?>... entities) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySettings(Map.of(AvailableSettings.JAKARTA_JDBC_URL, database.url(),
					AvailableSettings.JAKARTA_JDBC_USER, database.user(), AvailableSettings.JAKARTA_JDBC_PASSWORD,
					database.password(), AvailableSettings.DIALECT, HibernateDialects.className(database.dialect()),
					AvailableSettings.PHYSICAL_NAMING_STRATEGY, CamelCaseToUnderscoresNamingStrategy.class.getName(),
					AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName(),
					AvailableSettings.HBM2DDL_AUTO, ddlAuto))
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			for (Class<?> entity : entities) {
				sources.addAnnotatedClass(entity);
			}
			MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
			metadata.buildSessionFactory().close();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
