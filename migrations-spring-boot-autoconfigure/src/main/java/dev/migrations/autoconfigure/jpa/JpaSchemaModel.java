package dev.migrations.autoconfigure.jpa;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.ServerVersion;

/**
 * The schema an application's JPA entities want, read from Hibernate's mapping metadata: built from the entity
 * classes for the dialect named, with the application's Hibernate settings and Spring Boot's naming strategies
 * ({@code CamelCaseToUnderscoresNamingStrategy}, {@code SpringImplicitNamingStrategy}) exactly as Hibernate applies
 * them, and the types Hibernate's own dialect gives each column. It needs neither a connection nor a started
 * {@code EntityManagerFactory}. Compared with a connected database, it is built for that server's version, as
 * Hibernate builds its dialect when it connects (MariaDB 10.7 and later store a UUID as {@code uuid}, older ones as
 * {@code binary(16)}); offline, for the version the settings name, else Hibernate's oldest supported one. It holds the
 * sequences of {@code GenerationType.SEQUENCE} ids and, on PostgreSQL, the enum types of
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} columns.
 */
public final class JpaSchemaModel implements SchemaModel {

	private final Supplier<? extends Collection<String>> entityClassNames;

	private final Map<String, Object> settings;

	private final ClassLoader classLoader;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/**
	 * Creates a model of entity classes.
	 * @param entityClassNames the entity, embeddable, mapped superclass and converter classes
	 * @param settings Hibernate settings, such as those Spring Boot derives from {@code spring.jpa.*}; the
	 * dialect and anything that would connect or generate the schema are ignored
	 * @param classLoader the class loader of the entity classes
	 */
	public JpaSchemaModel(Collection<String> entityClassNames, Map<String, ?> settings, ClassLoader classLoader) {
		this(() -> List.copyOf(entityClassNames), settings, classLoader);
	}

	/**
	 * Creates a model of entity classes found when the schema is first asked for, so that scanning for them costs
	 * nothing at startup.
	 * @param entityClassNames finds the entity, embeddable, mapped superclass and converter classes
	 * @param settings Hibernate settings; the dialect and anything that would connect are ignored
	 * @param classLoader the class loader of the entity classes
	 */
	public JpaSchemaModel(Supplier<? extends Collection<String>> entityClassNames, Map<String, ?> settings,
			ClassLoader classLoader) {
		this.entityClassNames = entityClassNames;
		this.settings = Map.copyOf(settings);
		this.classLoader = classLoader;
	}

	/**
	 * Creates a model of entity classes with Spring Boot's default settings.
	 * @param entityClasses the entity classes
	 * @return the model
	 */
	public static JpaSchemaModel of(Class<?>... entityClasses) {
		ClassLoader classLoader = (entityClasses.length > 0) ? entityClasses[0].getClassLoader()
				: JpaSchemaModel.class.getClassLoader();
		return new JpaSchemaModel(List.of(entityClasses).stream().map(Class::getName).toList(), Map.of(),
				classLoader);
	}

	@Override
	public Schema schema(String dialect) {
		String name = dialect.toLowerCase(Locale.ROOT);
		return this.schemas.computeIfAbsent(name, (key) -> read(name, this.settings));
	}

	@Override
	public Schema schema(String dialect, ServerVersion server) {
		String name = dialect.toLowerCase(Locale.ROOT);
		return this.schemas.computeIfAbsent(name + " " + server,
				(key) -> read(name, HibernateServerSettings.of(this.settings, server)));
	}

	private Schema read(String dialect, Map<String, Object> settings) {
		Collection<String> classes = this.entityClassNames.get();
		if (classes.isEmpty()) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "The JPA model has no entities: no @Entity"
					+ " class was found in the application's packages (or those of @EntityScan); set"
					+ " migrations.model to a declared schema such as classpath:db/schema.sql, or to 'none'");
		}
		try (HibernateMetadata metadata = HibernateMetadata.build(classes, settings, dialect,
				this.classLoader)) {
			return HibernateTables.schema(metadata, dialect);
		}
	}

	@Override
	public String description() {
		return "JPA entities";
	}

}
