package dev.migrations.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} that tells Spring Boot every {@link MigrationsInitializer} (the application's
 * and each instance's) initializes a database, so that JPA, {@code JdbcTemplate} and friends wait for them.
 */
class MigrationsInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	// After Flyway and Liquibase (0 and 1), so that their beans exist, and are checked against the starter's engines,
	// before the starter migrates; before SQL script initialization, which may fill the migrated schema.
	private static final int ORDER = 2;

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrationsInitializer.class);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
