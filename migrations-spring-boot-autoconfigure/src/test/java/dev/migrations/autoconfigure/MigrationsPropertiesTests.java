package dev.migrations.autoconfigure;

import org.junit.jupiter.api.Test;

import dev.migrations.core.MigrationsConfig;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsPropertiesTests {

	@Test
	void defaultValuesAreConsistent() {
		MigrationsProperties properties = new MigrationsProperties();
		MigrationsConfig engine = MigrationsConfig.defaults();
		assertThat(properties.getLocations()).isEqualTo(engine.locations());
		assertThat(properties.getSchema()).isEqualTo(engine.schema());
		assertThat(properties.getVersionTable()).isEqualTo(engine.versionTable());
		assertThat(properties.getHistoryTable()).isEqualTo(engine.historyTable());
		assertThat(properties.getLockTimeout()).isEqualTo(engine.lockTimeout());
		assertThat(properties.isValidateChecksums()).isEqualTo(engine.validateChecksums());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getStartup()).isEqualTo(MigrationsProperties.Startup.UPGRADE);
		assertThat(properties.getTarget()).isEqualTo("heads");
	}

}
