package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's {@code ddl-auto} leaves a database the starter manages alone.
 */
class MigrationsSchemaManagementProviderTests {

	private static final String DDL_AUTO = "hibernate.hbm2ddl.auto";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"));

	// Hibernate only asks SchemaManagementProviders about embedded databases (H2, HSQLDB, Derby); the engine does not
	// migrate H2, so startup leaves it alone here and only the schema ownership is under test.
	private final ApplicationContextRunner jpaRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrationsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:ddl-auto", "migrations.startup=none");

	@Test
	void ddlAutoBacksOffOnAnEmbeddedDatabaseTheStarterManages() {
		this.jpaRunner.run((context) -> assertThat(
				context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap())
			.doesNotContainKey(DDL_AUTO));
	}

	@Test
	void ddlAutoCreatesAnEmbeddedDatabaseTheStarterDoesNotManage() {
		this.jpaRunner.withPropertyValues("migrations.enabled=false")
			.run((context) -> assertThat(
					context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap().get(DDL_AUTO))
				.isEqualTo("create-drop"));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void theMigratedDataSourcesAreManaged(TestDatabase database) {
		try (TestDatabase other = TestDatabases.another(database)) {
			DataSource unmanaged = other.dataSource();
			this.contextRunner.withBean(DataSource.class, database::dataSource).run((context) -> {
				MigrationsSchemaManagementProvider provider = context.getBean(MigrationsSchemaManagementProvider.class);
				assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
					.isEqualTo(SchemaManagement.MANAGED);
				assertThat(provider.getSchemaManagement(unmanaged)).isEqualTo(SchemaManagement.UNMANAGED);
			});
		}
	}

}
