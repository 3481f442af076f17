package dev.migrations.sample;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrations.testsupport.TestDatabase;

class DataJpaSlicePostgresTests extends DataJpaSliceTests {

	private static final TestDatabase database = TestDatabase.postgres();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		SliceDatabases.register(database, registry);
	}

	@Override
	TestDatabase emptyDatabase() {
		return TestDatabase.postgres();
	}

	@AfterAll
	static void close() {
		database.close();
	}

}
