package dev.migrations.autoconfigure;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrations.actuate.MigrationsEndpoint;
import dev.migrations.actuate.MigrationsEndpoint.ReportDescriptor;
import dev.migrations.actuate.MigrationsEndpointAutoConfiguration;
import dev.migrations.actuate.MigrationsHealthContributorAutoConfiguration;
import dev.migrations.actuate.MigrationsHealthIndicator;
import dev.migrations.core.Migrations;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with H2 on the classpath and no DataSource configuration at all, as spring-petclinic starts: Spring
 * Boot's embedded in-memory H2 database is upgraded to head at startup, and the endpoint and the health indicator
 * report the {@code h2} dialect; portable revisions render for it.
 */
class EmbeddedH2StartupTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
				MigrationsEndpointAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
		.withPropertyValues("migrations.locations=" + TestDatabases.location("linear"),
				"management.endpoints.web.exposure.include=migrations");

	@TempDir
	Path directory;

	@Test
	void portableRevisionsUpgradeTheDefaultEmbeddedDatabaseAtStartup() {
		PortableRevisions.operations(this.directory, "e1000000001", null, """
				create table owners (id integer autoincrement primary key, last_name varchar(30) not null)
				create index ix_owners_last_name on owners (last_name)
				""");
		PortableRevisions.operations(this.directory, "e1000000002", "e1000000001",
				"alter column owners.last_name type varchar(80) from varchar(30)");
		this.contextRunner.withPropertyValues("migrations.locations=" + PortableRevisions.location(this.directory))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Migrations migrations = context.getBean(Migrations.class);
				assertThat(migrations.current()).containsExactly("e1000000002");
				Table owners = migrations.schema().table("owners").orElseThrow();
				assertThat(owners.column("last_name").orElseThrow().type()).isEqualTo(ColumnType.varchar(80));
				assertThat(owners.index("ix_owners_last_name")).isPresent();
			});
	}

	@Test
	void defaultEmbeddedDatabaseIsUpgradedToHeadAtStartup() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DataSource.class).getConnection().getMetaData().getURL())
				.startsWith("jdbc:h2:mem:");
			Migrations migrations = context.getBean(Migrations.class);
			assertThat(migrations.current()).containsExactly("3c4d5e6f7a8b");
			Map<String, ?> dataSources = context.getBean(MigrationsEndpoint.class).migrations(null).dataSources();
			assertThat(dataSources.get("dataSource")).isInstanceOfSatisfying(ReportDescriptor.class,
					(report) -> assertThat(report.dialect()).isEqualTo("h2"));
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("dialect", "h2");
		});
	}

}
