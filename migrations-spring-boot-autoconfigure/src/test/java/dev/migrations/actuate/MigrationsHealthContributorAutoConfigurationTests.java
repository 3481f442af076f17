package dev.migrations.actuate;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.sqlite.SQLiteDataSource;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.DatabaseStatus;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsHealthContributorAutoConfigurationTests {

	private final TestDatabase database = TestDatabase.sqlite();

	private final TestDatabase other = TestDatabase.sqlite();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class))
		.withBean(DataSource.class, this.database::dataSource)
		.withPropertyValues("migrations.locations=" + MigrationsEndpointAutoConfigurationTests.LOCATION);

	@AfterEach
	void closeDatabases() {
		this.database.close();
		this.other.close();
	}

	@Test
	void registersAMigrationsIndicatorThatIsUpAtTheHeads() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(MigrationsHealthIndicator.class).hasBean("migrationsHealthContributor");
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("status", DatabaseStatus.UP_TO_DATE)
				.containsKeys("current", "heads", "pending")
				.doesNotContainKey("problems");
		});
	}

	@Test
	void isOutOfServiceWhileRevisionsArePending() {
		this.contextRunner.withPropertyValues("migrations.startup=none").run((context) -> {
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("pending",
					List.of("1a2b3c4d5e6f", "2b3c4d5e6f7a", "3c4d5e6f7a8b"));
		});
	}

	@Test
	void reportsPendingRevisionsWithTheConfiguredStatus() {
		this.contextRunner
			.withPropertyValues("migrations.startup=none", "management.health.migrations.pending-status=up")
			.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UP));
	}

	@Test
	void isDownWhenTheDatabaseCannotBeRead() {
		SQLiteDataSource unreadable = new SQLiteDataSource();
		unreadable.setUrl("jdbc:sqlite:" + Path.of("no/such/directory/x.db").toAbsolutePath());
		Migrations migrations = MigrationsEndpointAutoConfigurationTests.engine(unreadable, "dataSource");
		Health health = new MigrationsHealthIndicator(migrations, Status.OUT_OF_SERVICE).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error");
	}

	@Test
	void composesOneIndicatorPerDataSourceWhenThereAreSeveral() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrationsHealthContributorAutoConfiguration.class))
			.withBean("ordersMigrations", Migrations.class,
					() -> MigrationsEndpointAutoConfigurationTests.engine(this.database.dataSource(), "orders"))
			.withBean("billingMigrations", Migrations.class,
					() -> MigrationsEndpointAutoConfigurationTests.engine(this.other.dataSource(), "billing"))
			.run((context) -> {
				HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
				assertThat(contributor).isInstanceOfSatisfying(CompositeHealthContributor.class, (composite) -> {
					assertThat(composite.stream().map((entry) -> entry.name())).containsExactly("billing", "orders");
					assertThat(((HealthIndicator) composite.getContributor("orders")).health().getStatus())
						.isEqualTo(Status.OUT_OF_SERVICE);
				});
			});
	}

	@Test
	void composesTheApplicationsDatabaseAndEachInstance() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
					MigrationsHealthContributorAutoConfiguration.class))
			.withBean("dataSource", DataSource.class, this.database::dataSource,
					(definition) -> definition.setPrimary(true))
			.withBean("auditDataSource", DataSource.class, this.other::dataSource)
			.withPropertyValues("migrations.locations=" + MigrationsEndpointAutoConfigurationTests.LOCATION,
					"migrations.instances.audit.data-source=auditDataSource",
					"migrations.instances.audit.locations=" + MigrationsEndpointAutoConfigurationTests.LOCATION,
					"migrations.instances.audit.startup=none")
			.run((context) -> {
				HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
				assertThat(contributor).isInstanceOfSatisfying(CompositeHealthContributor.class, (composite) -> {
					assertThat(composite.stream().map((entry) -> entry.name())).containsExactly("auditDataSource",
							"dataSource");
					assertThat(((HealthIndicator) composite.getContributor("dataSource")).health().getStatus())
						.isEqualTo(Status.UP);
					assertThat(((HealthIndicator) composite.getContributor("auditDataSource")).health().getStatus())
						.isEqualTo(Status.OUT_OF_SERVICE);
				});
			});
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(Migrations.class)
				.doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void backsOffWithoutTheHealthModule() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).hasSingleBean(Migrations.class)
				.doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void backsOffWithoutMigrations() {
		this.contextRunner.withPropertyValues("migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void backsOffForAUserDefinedIndicator() {
		this.contextRunner
			.withBean("migrationsHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor")
				.hasBean("migrationsHealthIndicator"));
	}

}
