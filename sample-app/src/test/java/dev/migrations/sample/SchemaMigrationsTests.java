package dev.migrations.sample;

import org.springframework.test.context.ActiveProfiles;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import dev.migrations.test.MigrationsTestSuite;

/**
 * The sample's revisions, tested up, down and stairway by the test kit on the test profile's throw-away SQLite
 * database, its JPA entities compared with the schema at head, and their offline SQL for both dialects it runs on.
 */
@MigrationsTest
@ActiveProfiles("test")
class SchemaMigrationsTests extends MigrationsTestSuite {

	@Override
	protected MigrationsChecks checks(MigrationsChecks checks) {
		return checks.offlineDialects("sqlite", "postgresql");
	}

}
