package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.util.ReflectionTestUtils;

import dev.migrations.autoconfigure.jpa.JpaSchemaModel;
import dev.migrations.autoconfigure.jpa.entities.Customer;
import dev.migrations.core.DeclaredSchemaModel;
import dev.migrations.core.Migrations;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code migrations.model} and {@code migrations.autogenerate.exclude}: which model the application's engine gets.
 */
class MigrationsModelTests {

	private final TestDatabase database = TestDatabase.sqlite();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withBean(DataSource.class, this.database::dataSource)
		.withPropertyValues("migrations.startup=none", "migrations.locations=" + TestDatabases.location("linear"));

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void theJpaModelIsTheDefaultWhereHibernateIsPresent() {
		this.contextRunner.withUserConfiguration(Entities.class).run((context) -> {
			assertThat(context).hasSingleBean(JpaSchemaModel.class);
			assertThat(engineModel(context).schema("sqlite").tableNames()).contains("customers", "purchase_order",
					"purchase_order_tags", "tags");
		});
	}

	@Test
	void theJpaModelUsesTheApplicationsJpaProperties() {
		this.contextRunner.withUserConfiguration(Entities.class, JpaSettings.class)
			.withPropertyValues("spring.jpa.hibernate.naming.physical-strategy="
					+ "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
			.run((context) -> assertThat(engineModel(context).schema("sqlite")
				.table("customers")
				.orElseThrow()
				.columns()).extracting(Column::name).contains("firstName", "emailAddress"));
	}

	@Test
	void theJpaModelWithoutEntitiesSaysWhatToSet() {
		this.contextRunner.withPropertyValues("migrations.model=jpa").run((context) -> {
			SchemaModel model = engineModel(context);
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("sqlite"))
				.withMessageContaining("no @Entity class was found")
				.withMessageContaining("migrations.model");
		});
	}

	@Test
	void noneLeavesTheEngineWithoutAModel() {
		this.contextRunner.withUserConfiguration(Entities.class)
			.withPropertyValues("migrations.model=none")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SchemaModel.class);
				assertThat(modelOf(context)).isNull();
			});
	}

	@Test
	void withoutHibernateThereIsNoModel() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate.boot"))
			.run((context) -> assertThat(modelOf(context)).isNull());
	}

	@Test
	void aLocationIsADeclaredSchema() {
		this.contextRunner.withUserConfiguration(Entities.class)
			.withPropertyValues("migrations.model=classpath:declared/schema.sql")
			.run((context) -> {
				assertThat(context).hasSingleBean(DeclaredSchemaModel.class).doesNotHaveBean(JpaSchemaModel.class);
				assertThat(engineModel(context).schema("postgresql").tableNames()).containsExactly("owners", "pets");
			});
	}

	@Test
	void theApplicationsOwnModelWins() {
		this.contextRunner.withUserConfiguration(Entities.class)
			.withPropertyValues("migrations.model=classpath:declared/schema.sql")
			.withBean(SchemaModel.class, OwnModel::new)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(JpaSchemaModel.class).doesNotHaveBean(DeclaredSchemaModel.class);
				assertThat(engineModel(context).description()).isEqualTo("own");
			});
	}

	@Test
	void excludedTablesAreLeftOutAndNamed() {
		this.contextRunner.withUserConfiguration(Entities.class)
			.withPropertyValues("migrations.autogenerate.exclude=purchase_*,TAGS")
			.run((context) -> {
				SchemaModel model = engineModel(context);
				assertThat(model.schema("sqlite").tableNames()).containsExactly("customers");
				assertThat(model.excludedTables()).containsExactlyInAnyOrder("purchase_*", "TAGS");
				assertThat(model.excludes("Purchase_Order_Tags")).isTrue();
				assertThat(model.excludes("customers")).isFalse();
			});
	}

	private static SchemaModel engineModel(AssertableApplicationContext context) {
		SchemaModel model = modelOf(context);
		assertThat(model).isNotNull();
		return model;
	}

	private static @Nullable SchemaModel modelOf(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed().hasSingleBean(Migrations.class);
		Object engine = ReflectionTestUtils.getField(context.getBean(Migrations.class), "engine");
		return (SchemaModel) ReflectionTestUtils.getField(engine, "model");
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class Entities {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ JpaProperties.class, HibernateProperties.class })
	static class JpaSettings {

	}

	static class OwnModel implements SchemaModel {

		@Override
		public Schema schema(String dialect) {
			return Schema.empty();
		}

		@Override
		public String description() {
			return "own";
		}

	}

}
