package dev.migrations.sample;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrations.testsupport.TestDatabase;

/**
 * The same checks of the sample's revisions on a fresh schema of the test PostgreSQL server.
 */
class SchemaMigrationsPostgresTests extends SchemaMigrationsTests {

	private static final TestDatabase database = TestDatabase.postgres();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		SliceDatabases.register(database, registry);
	}

	@AfterAll
	static void close() {
		database.close();
	}

}
