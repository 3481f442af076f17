package dev.migrations.sample;

import org.springframework.test.context.DynamicPropertyRegistry;

import dev.migrations.testsupport.TestDatabase;

/**
 * Points a test slice at a fresh test database.
 */
final class SliceDatabases {

	private SliceDatabases() {
	}

	static void register(TestDatabase database, DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

}
