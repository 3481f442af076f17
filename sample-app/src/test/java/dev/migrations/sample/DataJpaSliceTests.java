package dev.migrations.sample;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import dev.migrations.core.Migrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} runs the migrations before the {@code EntityManagerFactory}, and Hibernate only validates
 * the schema they made ({@code ddl-auto=validate}): the entities match the revisions. Subclasses choose the database.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class DataJpaSliceTests {

	@Autowired
	private Migrations migrations;

	@Autowired
	private EntityManager entityManager;

	@Test
	void theSliceMigratedTheDatabaseBeforeTheEntityManager() {
		assertThat(this.migrations.current()).containsExactly("a41c7e29b5d8");
		Number tasks = (Number) this.entityManager.createNativeQuery("SELECT COUNT(*) FROM tasks").getSingleResult();
		assertThat(tasks.longValue()).isZero();
	}

	@Test
	void hibernateValidatesTheSchemaTheMigrationsMade() {
		Number versions = (Number) this.entityManager
			.createNativeQuery("SELECT COUNT(*) FROM migrations_version WHERE version_num = 'a41c7e29b5d8'")
			.getSingleResult();
		assertThat(versions.longValue()).isOne();
		assertThat(this.entityManager.getEntityManagerFactory().getProperties()).containsEntry(
				"hibernate.hbm2ddl.auto", "validate");
	}

}
