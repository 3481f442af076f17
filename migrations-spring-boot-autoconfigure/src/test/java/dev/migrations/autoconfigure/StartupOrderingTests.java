package dev.migrations.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrations.testsupport.TestDatabase;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beans that use the database in their constructors, in a real context: each only works if the migration ran first.
 */
class StartupOrderingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				JdbcClientAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrationsAutoConfiguration.class))
		.withPropertyValues("migrations.locations=filesystem:"
				+ Path.of("src/test/resources/revisions/linear").toAbsolutePath(), "spring.jpa.hibernate.ddl-auto=none")
		.withUserConfiguration(DatabaseUsers.class);

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void databaseUsersOfEveryInstanceAreCreatedAfterItsMigration(TestDatabase database) {
		try (TestDatabase audit = TestDatabases.another(database)) {
			this.contextRunner.withPropertyValues(database.springProperties())
				.withUserConfiguration(AuditDatabase.class)
				.withPropertyValues("test.audit.url=" + audit.url(), "test.audit.user=" + audit.user(),
						"test.audit.password=" + audit.password(),
						"migrations.instances.audit.data-source=auditDataSource",
						"migrations.instances.audit.locations=" + TestDatabases.location("older"),
						"migrations.instances.audit.version-table=audit_version")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean("jdbcClientUser", Long.class)).isZero();
					assertThat(context.getBean(AuditUser.class).tasks).isZero();
				});
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void databaseUsersAreCreatedAfterTheMigration(TestDatabase database) {
		this.contextRunner.withPropertyValues(database.springProperties()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("jdbcTemplateUser", Long.class)).isZero();
			assertThat(context.getBean("namedParameterJdbcTemplateUser", Long.class)).isZero();
			assertThat(context.getBean("jdbcClientUser", Long.class)).isZero();
			assertThat(context.getBean("entityManagerFactoryUser", Long.class)).isZero();
			assertThat(context.getBean(AnnotatedUser.class).tasks).isZero();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class DatabaseUsers {

		@Bean
		Long jdbcTemplateUser(JdbcTemplate jdbcTemplate) {
			return jdbcTemplate.queryForObject("SELECT COUNT(*) FROM users", Long.class);
		}

		@Bean
		Long namedParameterJdbcTemplateUser(NamedParameterJdbcTemplate jdbcTemplate) {
			return jdbcTemplate.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM tasks", Long.class);
		}

		@Bean
		Long jdbcClientUser(JdbcClient jdbcClient) {
			return jdbcClient.sql("SELECT COUNT(*) FROM tasks WHERE priority > 0").query(Long.class).single();
		}

		@Bean
		Long entityManagerFactoryUser(EntityManagerFactory entityManagerFactory) {
			try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
				return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM tasks").getSingleResult())
					.longValue();
			}
		}

		@Bean
		AnnotatedUser annotatedUser(DataSource dataSource) {
			return new AnnotatedUser(dataSource);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AuditDatabase {

		@Bean
		@Primary
		DataSourceProperties dataSourceProperties() {
			return new DataSourceProperties();
		}

		@Bean
		@Primary
		@ConfigurationProperties("spring.datasource.hikari")
		DataSource dataSource(DataSourceProperties properties) {
			return properties.initializeDataSourceBuilder().build();
		}

		@Bean
		DataSource auditDataSource(Environment environment) {
			return MigrationsInstancesTests.dataSource(environment, "test.audit");
		}

		@Bean
		AuditUser auditUser(@Qualifier("auditDataSource") DataSource auditDataSource) {
			return new AuditUser(auditDataSource);
		}

	}

	@DependsOnDatabaseInitialization
	static class AuditUser {

		final long tasks;

		AuditUser(DataSource dataSource) {
			this.tasks = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM tasks", Long.class);
		}

	}

	@DependsOnDatabaseInitialization
	static class AnnotatedUser {

		final long tasks;

		AnnotatedUser(DataSource dataSource) {
			this.tasks = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM tasks", Long.class);
		}

	}

}
