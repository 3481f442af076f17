package dev.migrations.autoconfigure;

import dev.migrations.core.Migrations;

/**
 * What startup does with a database, when a bean of this type replaces the {@code migrations.startup} mode, like
 * Spring Boot's {@code FlywayMigrationStrategy}: take a backup first, upgrade to another target, or only report.
 * It applies to every engine the starter creates, including those of {@code migrations.instances}, and replaces
 * {@code baseline-on-startup} too: call {@link Migrations#baseline(String)} first to keep it.
 */
@FunctionalInterface
public interface MigrationStrategy {

	/**
	 * Does what startup should do with the engine's database.
	 * @param migrations the engine of one database
	 */
	void migrate(Migrations migrations);

}
