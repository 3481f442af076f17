package dev.migrations.autoconfigure;

import org.springframework.beans.factory.InitializingBean;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.MigrationsException;

/**
 * Brings a database to the configured state when the context starts, before any bean that uses the database:
 * Spring Boot's database initialization ordering makes those beans depend on every initializer of this type.
 */
public class MigrationsInitializer implements InitializingBean {

	private final Migrations migrations;

	private final MigrationStrategy strategy;

	private final String prefix;

	/**
	 * Creates an initializer that runs a startup mode.
	 * @param migrations the engine
	 * @param startup what to do at startup
	 * @param target the target of an upgrade
	 */
	public MigrationsInitializer(Migrations migrations, MigrationsSettings.Startup startup, String target) {
		this(migrations, new StartupMigrationStrategy(startup, target));
	}

	/**
	 * Creates an initializer that runs a strategy.
	 * @param migrations the engine
	 * @param strategy what to do at startup
	 */
	public MigrationsInitializer(Migrations migrations, MigrationStrategy strategy) {
		this(migrations, strategy, "migrations");
	}

	MigrationsInitializer(Migrations migrations, MigrationStrategy strategy, String prefix) {
		this.migrations = migrations;
		this.strategy = strategy;
		this.prefix = prefix;
	}

	/**
	 * Returns the engine this initializer runs.
	 * @return the engine
	 */
	public Migrations getMigrations() {
		return this.migrations;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			this.strategy.migrate(this.migrations);
		}
		catch (MigrationsException ex) {
			throw new MigrationsStartupException(this.prefix, ex);
		}
	}

}
