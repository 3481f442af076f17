package dev.migrations.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MigrationsTest} as a user writes it, on Postgres: the slice starts the DataSource and the engine without
 * migrating at startup, and the suite's checks of a correct history pass.
 */
@MigrationsTest(properties = "migrations.locations=classpath:revisions/linear")
class MigrationsTestPostgresTests extends MigrationsTestSuite {

	static final TestDatabase database = TestDatabase.postgres();

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void dataSource(DynamicPropertyRegistry registry) {
		for (String property : database.springProperties()) {
			int equals = property.indexOf('=');
			registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
		}
	}

	@AfterAll
	static void drop() {
		database.close();
	}

	@Test
	void theSliceHoldsTheEngineAndLeavesTheDatabaseToTheTests() {
		assertThat(this.context.getBeansOfType(Migrations.class)).hasSize(1);
		assertThat(this.context.getEnvironment().getProperty("migrations.startup")).isEqualTo("none");
	}

}
