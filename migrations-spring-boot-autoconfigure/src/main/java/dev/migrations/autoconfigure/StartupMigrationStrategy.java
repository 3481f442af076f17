package dev.migrations.autoconfigure;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Revision;

/**
 * What startup does without a {@link MigrationStrategy} bean: the {@code startup} mode of the settings, an upgrade
 * preceded by a baseline when {@code baseline-on-startup} is set.
 */
final class StartupMigrationStrategy implements MigrationStrategy {

	private static final Logger logger = LoggerFactory.getLogger(StartupMigrationStrategy.class);

	private final MigrationsSettings.Startup startup;

	private final String target;

	private final @Nullable String baseline;

	StartupMigrationStrategy(MigrationsSettings.Startup startup, String target) {
		this(startup, target, null);
	}

	/**
	 * Creates the strategy.
	 * @param startup what to do at startup
	 * @param target the target of an upgrade
	 * @param baseline the {@code baseline-on-startup} setting: a revision, {@code true} for the base revision,
	 * {@code false} or {@code null} for none
	 */
	StartupMigrationStrategy(MigrationsSettings.Startup startup, String target, @Nullable String baseline) {
		this.startup = startup;
		this.target = target;
		this.baseline = (StringUtils.hasText(baseline) && !"false".equalsIgnoreCase(baseline.trim()))
				? baseline.trim() : null;
	}

	static StartupMigrationStrategy of(MigrationsSettings settings) {
		return new StartupMigrationStrategy(settings.getStartup(), settings.getTarget(),
				settings.getBaselineOnStartup());
	}

	@Override
	public void migrate(Migrations migrations) {
		if (this.baseline != null && this.startup != MigrationsSettings.Startup.UPGRADE) {
			logger.warn("Not baselining '{}': baseline-on-startup={} applies only when startup is 'upgrade', not '{}'",
					migrations.name(), this.baseline, this.startup.name().toLowerCase(Locale.ROOT));
		}
		switch (this.startup) {
			case UPGRADE -> upgrade(migrations);
			case VALIDATE -> validate(migrations);
			case NONE -> {
			}
		}
	}

	private void upgrade(Migrations migrations) {
		if (this.baseline != null) {
			migrations.baseline("true".equalsIgnoreCase(this.baseline) ? null : this.baseline);
		}
		migrations.upgrade(this.target);
	}

	private static void validate(Migrations migrations) {
		migrations.validate();
		List<Revision> pending = migrations.pending();
		if (!pending.isEmpty()) {
			throw new PendingRevisionsException(migrations.current(), pending);
		}
	}

}
