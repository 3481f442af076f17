package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import dev.migrations.autoconfigure.jpa.JpaSchemaModel;
import dev.migrations.core.DeclaredSchemaModel;
import dev.migrations.core.schema.SchemaModel;

/**
 * The model that autogenerate and {@code check} compare the database with, from {@code migrations.model}: the JPA
 * entities ({@code jpa}, the default where Hibernate is present), a declared schema file, or none. An application's
 * own {@link SchemaModel} bean replaces it.
 */
@Configuration(proxyBeanMethods = false)
class MigrationsModelConfiguration {

	private static final String PROPERTY = "migrations.model";

	@Bean
	@ConditionalOnMissingBean(SchemaModel.class)
	@Conditional(DeclaredModelCondition.class)
	DeclaredSchemaModel migrationsDeclaredSchemaModel(MigrationsProperties properties, ResourceLoader resourceLoader) {
		String location = properties.getModel();
		return new DeclaredSchemaModel((location != null) ? location : "", (name) -> url(resourceLoader, name));
	}

	private static @Nullable URL url(ResourceLoader resourceLoader, String location) {
		Resource resource = resourceLoader.getResource(location);
		try {
			return resource.exists() ? resource.getURL() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the declared schema " + location, ex);
		}
	}

	/**
	 * The JPA model, where Hibernate and Spring Boot's Hibernate support are present.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.hibernate.boot.MetadataSources", "jakarta.persistence.Entity",
			"org.springframework.boot.hibernate.autoconfigure.HibernateProperties" })
	@Conditional(JpaModelCondition.class)
	static class JpaModelConfiguration {

		@Bean
		@ConditionalOnMissingBean(SchemaModel.class)
		JpaSchemaModel migrationsJpaSchemaModel(ApplicationContext context, ObjectProvider<JpaProperties> jpa,
				ObjectProvider<HibernateProperties> hibernate,
				ObjectProvider<HibernatePropertiesCustomizer> customizers,
				ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy,
				ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy) {
			Supplier<Set<String>> entities = () -> scan(context);
			JpaProperties jpaProperties = jpa.getIfAvailable(JpaProperties::new);
			HibernateProperties hibernateProperties = hibernate.getIfAvailable(HibernateProperties::new);
			// As Spring Boot's HibernateJpaConfiguration derives them: naming strategy beans, then customizers.
			HibernateSettings settings = new HibernateSettings().ddlAuto(() -> "none")
				.hibernatePropertiesCustomizers(customizers.orderedStream().toList());
			Map<String, Object> derived = hibernateProperties.determineHibernateProperties(jpaProperties.getProperties(),
					settings);
			physicalNamingStrategy.ifAvailable((strategy) -> derived.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
					strategy));
			implicitNamingStrategy.ifAvailable((strategy) -> derived.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY,
					strategy));
			ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
					: JpaSchemaModel.class.getClassLoader();
			return new JpaSchemaModel(entities, derived, classLoader);
		}

		// Where Spring Boot looks for entities: @EntityScan's packages, else the auto-configuration packages.
		private static Set<String> scan(ApplicationContext context) {
			try {
				return new EntityScanner(context)
					.scan(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class)
					.stream()
					.map(Class::getName)
					.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException("Cannot scan for JPA entities: " + ex.getMessage(), ex);
			}
		}

	}

	private static String model(ConditionContext context) {
		String model = context.getEnvironment().getProperty(PROPERTY);
		return StringUtils.hasText(model) ? model.trim() : "";
	}

	/**
	 * {@code migrations.model} is unset or {@code jpa}.
	 */
	static final class JpaModelCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String model = model(context);
			return (model.isEmpty() || "jpa".equals(model.toLowerCase(Locale.ROOT)))
					? ConditionOutcome.match(PROPERTY + " is '" + model + "'")
					: ConditionOutcome.noMatch(PROPERTY + " is '" + model + "'");
		}

	}

	/**
	 * {@code migrations.model} names a declared schema file.
	 */
	static final class DeclaredModelCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String model = model(context).toLowerCase(Locale.ROOT);
			return (model.isEmpty() || "jpa".equals(model) || "none".equals(model))
					? ConditionOutcome.noMatch(PROPERTY + " names no declared schema")
					: ConditionOutcome.match(PROPERTY + " names a declared schema");
		}

	}

}
