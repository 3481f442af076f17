package dev.migrations.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} runs the migrations before the {@code EntityManagerFactory}, and Hibernate only validates
 * the schema they made ({@code ddl-auto=validate}): the entities match the revisions. The application's JPA model
 * (Spring Boot's naming strategies, as Hibernate applies them) finds no difference with those revisions, and on an
 * empty database writes a first revision after which it finds none either. Subclasses choose the database.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class DataJpaSliceTests {

	@Autowired
	private Migrations migrations;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private SchemaModel model;

	@TempDir
	Path revisions;

	/**
	 * Creates an empty database of the slice's kind.
	 * @return the database, closed by the test
	 */
	abstract TestDatabase emptyDatabase();

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

	@Test
	void theEntitiesAndTheSampleRevisionsAgree() {
		CheckResult check = this.migrations.check();
		assertThat(check.differences()).isEmpty();
		assertThat(check.passed()).isTrue();
		assertThat(this.migrations.autogenerate().differences()).isEmpty();
		assertThat(this.model.description()).isEqualTo("JPA entities");
	}

	@Test
	void aFirstRevisionFromAnEmptyDatabaseLeavesNothingToGenerateAndHibernateValidatesIt() throws IOException {
		try (TestDatabase empty = emptyDatabase()) {
			Migrations fresh = Migrations.builder(empty.dataSource())
				.locations(List.of("filesystem:" + this.revisions))
				.model(this.model)
				.build();
			AutogenerateResult first = fresh.autogenerate().revision(request("initial schema"), false);
			assertThat(first.written()).isTrue();
			assertThat(first.manual()).isEmpty();
			assertThat(first.changes()).anyMatch((change) -> change.startsWith("create table users"))
				.anyMatch((change) -> change.startsWith("create table tasks"));
			fresh.upgrade("heads");
			AutogenerateResult again = fresh.autogenerate().revision(request("nothing"), false);
			assertThat(again.written()).isFalse();
			assertThat(again.changes()).isEmpty();
			assertThat(again.manual()).isEmpty();
			assertThat(files()).hasSize(1);
			assertThat(fresh.check().passed()).isTrue();
			validate(empty);
			fresh.downgrade("-1");
			assertThat(fresh.schema().tableNames()).doesNotContain("users", "tasks");
		}
	}

	// Hibernate's own ddl-auto=validate on the generated schema, with the very settings of the application's
	// EntityManagerFactory (Spring Boot's naming strategies among them), on the other database.
	private void validate(TestDatabase database) {
		Map<String, Object> settings = new HashMap<>();
		this.entityManager.getEntityManagerFactory().getProperties().forEach((key, value) -> {
			if (key.startsWith("hibernate.") && !key.startsWith("hibernate.connection")) {
				settings.put(key, value);
			}
		});
		settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
		settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource());
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
		try (SessionFactory factory = new MetadataSources(registry).addAnnotatedClass(User.class)
			.addAnnotatedClass(Task.class)
			.buildMetadata()
			.buildSessionFactory()) {
			assertThat(factory.getProperties()).containsEntry(AvailableSettings.HBM2DDL_AUTO, "validate");
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	private NewRevision request(String message) {
		return new NewRevision(message, this.revisions, null, false, List.of(), List.of(), null);
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(this.revisions)) {
			return files.toList();
		}
	}

}
