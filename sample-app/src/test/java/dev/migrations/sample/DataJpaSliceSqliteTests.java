package dev.migrations.sample;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrations.testsupport.TestDatabase;

class DataJpaSliceSqliteTests extends DataJpaSliceTests {

	private static final TestDatabase database = TestDatabase.sqlite();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		SliceDatabases.register(database, registry);
	}

	@Override
	TestDatabase emptyDatabase() {
		return TestDatabase.sqlite();
	}

	@AfterAll
	static void close() {
		database.close();
	}

}
