package dev.migrations.autoconfigure;

import java.util.List;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Revision;

/**
 * What startup does without a {@link MigrationStrategy} bean: the {@code startup} mode of the settings.
 */
final class StartupMigrationStrategy implements MigrationStrategy {

	private final MigrationsSettings.Startup startup;

	private final String target;

	StartupMigrationStrategy(MigrationsSettings.Startup startup, String target) {
		this.startup = startup;
		this.target = target;
	}

	@Override
	public void migrate(Migrations migrations) {
		switch (this.startup) {
			case UPGRADE -> migrations.upgrade(this.target);
			case VALIDATE -> validate(migrations);
			case NONE -> {
			}
		}
	}

	private static void validate(Migrations migrations) {
		migrations.validate();
		List<Revision> pending = migrations.pending();
		if (!pending.isEmpty()) {
			throw new PendingRevisionsException(migrations.current(), pending);
		}
	}

}
