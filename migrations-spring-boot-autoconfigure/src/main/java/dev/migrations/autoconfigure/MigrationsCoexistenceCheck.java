package dev.migrations.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.util.ClassUtils;

import dev.migrations.core.Migrations;

/**
 * Fails startup when Spring Boot's Flyway or Liquibase support, or its {@code spring.sql.init} scripts, would change a
 * database that one of the starter's engines migrates too. Flyway and Liquibase beans are checked before they initialize (Liquibase migrates then); the
 * starter's initializers come after them in the database initialization order (see
 * {@link MigrationsInitializerDetector}), so the check fails startup before any tool has touched the database.
 */
class MigrationsCoexistenceCheck implements BeanPostProcessor, BeanFactoryAware {

	private static final String FLYWAY = "org.flywaydb.core.Flyway";

	private static final String FLYWAY_INITIALIZER = "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer";

	private static final String SPRING_LIQUIBASE = "liquibase.integration.spring.SpringLiquibase";

	private final @Nullable Class<?> flywayInitializer = type(FLYWAY_INITIALIZER);

	// Only Boot's initializer makes a Flyway bean migrate at startup; without it Flyway Core, which the starter's
	// parsers come from, is not opened at all.
	private final @Nullable Class<?> flyway = (this.flywayInitializer != null) ? type(FLYWAY) : null;

	private final @Nullable Class<?> liquibase = type(SPRING_LIQUIBASE);

	private @Nullable ListableBeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (beanFactory instanceof ListableBeanFactory listable) ? listable : null;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
		if (this.beanFactory == null) {
			return bean;
		}
		if (bean instanceof MigrationsInitializer initializer) {
			checkSqlInit(this.beanFactory, initializer.getMigrations());
		}
		else if (isInstance(this.flyway, bean) && flywayMigratesAtStartup(this.beanFactory)) {
			check(this.beanFactory, "Flyway", beanName,
					(DataSource) new BeanWrapperImpl(bean).getPropertyValue("configuration.dataSource"));
		}
		else if (bean instanceof DataSourceScriptDatabaseInitializer initializer
				&& SqlInitScripts.wouldRun(initializer, this.beanFactory)) {
			check(this.beanFactory, "spring.sql.init", beanName,
					(DataSource) new DirectFieldAccessor(bean).getPropertyValue("dataSource"));
		}
		else if (isInstance(this.liquibase, bean)
				&& Boolean.TRUE.equals(new DirectFieldAccessor(bean).getPropertyValue("shouldRun"))) {
			check(this.beanFactory, "Liquibase", beanName,
					(DataSource) new BeanWrapperImpl(bean).getPropertyValue("dataSource"));
		}
		return bean;
	}

	// Before an engine migrates: would spring.sql.init run schema scripts on its database once it has?
	private static void checkSqlInit(ListableBeanFactory beanFactory, Migrations migrations) {
		String[] initializers = beanFactory.getBeanNamesForType(DataSourceScriptDatabaseInitializer.class, true, false);
		if (initializers.length == 0) {
			return;
		}
		SqlInitializationProperties properties = beanFactory.getBeanProvider(SqlInitializationProperties.class)
			.getIfAvailable();
		DataSource dataSource = beanFactory.getBeanProvider(DataSource.class).getIfUnique();
		if (properties != null && dataSource != null && SqlInitScripts.wouldRun(properties, dataSource, beanFactory)
				&& sameDatabase(dataSource, migrations.dataSource())) {
			String engine = beanFactory.getBeansOfType(Migrations.class).entrySet().stream()
				.filter((entry) -> entry.getValue() == migrations)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(migrations.name());
			throw new MigrationsCoexistenceException("spring.sql.init", initializers[0], engine);
		}
	}

	// Named, not imported: Flyway Core's types stay behind the dialect adapter, and Liquibase is optional.
	private boolean flywayMigratesAtStartup(ListableBeanFactory beanFactory) {
		return this.flywayInitializer != null
				&& beanFactory.getBeanNamesForType(this.flywayInitializer, true, true).length > 0;
	}

	private static boolean isInstance(@Nullable Class<?> type, Object bean) {
		return type != null && type.isInstance(bean);
	}

	private static @Nullable Class<?> type(String className) {
		ClassLoader classLoader = MigrationsCoexistenceCheck.class.getClassLoader();
		return ClassUtils.isPresent(className, classLoader) ? ClassUtils.resolveClassName(className, classLoader)
				: null;
	}

	private static void check(ListableBeanFactory beanFactory, String tool, String beanName,
			@Nullable DataSource other) {
		if (other == null) {
			return;
		}
		for (Map.Entry<String, Migrations> engine : beanFactory.getBeansOfType(Migrations.class).entrySet()) {
			if (sameDatabase(other, engine.getValue().dataSource())) {
				throw new MigrationsCoexistenceException(tool, beanName, engine.getKey());
			}
		}
	}

	// The same object, or connections that report the same URL and user: a second DataSource built from
	// spring.flyway.url or spring.liquibase.url can point at the same database.
	private static boolean sameDatabase(DataSource first, DataSource second) {
		if (first == second) {
			return true;
		}
		String[] one = identity(first);
		String[] two = identity(second);
		return one != null && two != null && Objects.equals(one[0], two[0]) && Objects.equals(one[1], two[1]);
	}

	private static String @Nullable [] identity(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return new String[] { connection.getMetaData().getURL(), connection.getMetaData().getUserName() };
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
