package dev.migrations.actuate;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.sqlite.SQLiteDataSource;

import dev.migrations.actuate.MigrationsEndpoint.FailureDescriptor;
import dev.migrations.actuate.MigrationsEndpoint.MigrationsDescriptor;
import dev.migrations.actuate.MigrationsEndpoint.ReportDescriptor;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.DatabaseStatus;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationsEndpointAutoConfigurationTests {

	static final String LOCATION = "filesystem:" + Path.of("src/test/resources/revisions/linear").toAbsolutePath();

	private static final String EXPOSED = "management.endpoints.web.exposure.include=migrations";

	private final TestDatabase database = TestDatabase.sqlite();

	private final TestDatabase other = TestDatabase.sqlite();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MigrationsAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
		.withBean(DataSource.class, this.database::dataSource)
		.withPropertyValues("migrations.locations=" + LOCATION, "migrations.startup=none");

	// Several engines, defined by the application: the endpoint alone, without the single-DataSource startup runner.
	private final ApplicationContextRunner enginesRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
		.withPropertyValues(EXPOSED);

	@AfterEach
	void closeDatabases() {
		this.database.close();
		this.other.close();
	}

	@Test
	void registersTheReadOnlyEndpointWhenExposed() {
		this.contextRunner.withPropertyValues(EXPOSED)
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
				.doesNotHaveBean(MigrationsUpgradeWebExtension.class));
	}

	@Test
	void backsOffWhenNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWhenAccessIsNone() {
		this.contextRunner.withPropertyValues(EXPOSED, "management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWhenMigrationsAreDisabled() {
		this.contextRunner.withPropertyValues(EXPOSED, "migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWithoutTheActuator() {
		this.contextRunner.withPropertyValues(EXPOSED)
			.withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
			.run((context) -> assertThat(context).hasSingleBean(Migrations.class)
				.doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void registersTheUpgradeOperationOnlyWhenEnabled() {
		this.contextRunner.withPropertyValues(EXPOSED, "migrations.endpoint.upgrade-enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
				.hasSingleBean(MigrationsUpgradeWebExtension.class));
	}

	@Test
	void backsOffForAUserDefinedEndpoint() {
		this.contextRunner.withPropertyValues(EXPOSED)
			.withBean("customEndpoint", MigrationsEndpoint.class,
					() -> new MigrationsEndpoint(new DefaultListableBeanFactory(), 1))
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class).hasBean("customEndpoint"));
	}

	@Test
	void usesTheConfiguredHistoryLimitWhenTheRequestHasNone() {
		this.contextRunner
			.withPropertyValues(EXPOSED, "migrations.startup=upgrade", "migrations.endpoint.history-limit=2")
			.run((context) -> {
				MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
				assertThat(report(endpoint.migrations(null), "dataSource").history()).hasSize(2);
				assertThat(report(endpoint.migrations(3), "dataSource").history()).hasSize(3);
				assertThatExceptionOfType(InvalidEndpointRequestException.class)
					.isThrownBy(() -> endpoint.migrations(-1))
					.withMessage("limit must be 0 or more, but is -1");
			});
	}

	@Test
	void reportsEveryEngineByDataSourceNameAndAnUnreadableOneWithItsError() {
		SQLiteDataSource unreadable = new SQLiteDataSource();
		unreadable.setUrl("jdbc:sqlite:" + Path.of("no/such/directory/x.db").toAbsolutePath());
		this.enginesRunner
			.withBean("ordersMigrations", Migrations.class, () -> engine(this.other.dataSource(), "orders"))
			.withBean("billingMigrations", Migrations.class, () -> engine(unreadable, "billing"))
			.run((context) -> {
				MigrationsDescriptor descriptor = context.getBean(MigrationsEndpoint.class).migrations(null);
				assertThat(descriptor.dataSources()).containsOnlyKeys("billing", "orders");
				assertThat(report(descriptor, "orders").status()).isEqualTo(DatabaseStatus.PENDING);
				assertThat(descriptor.dataSources().get("billing")).isInstanceOfSatisfying(FailureDescriptor.class,
						(failure) -> assertThat(failure.error().code()).isEqualTo("DATABASE_ERROR"));
			});
	}

	@Test
	void reportsTheApplicationsDatabaseAndEachInstanceByDataSourceName() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(MigrationsAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
			.withBean("dataSource", DataSource.class, this.database::dataSource,
					(definition) -> definition.setPrimary(true))
			.withBean("auditDataSource", DataSource.class, this.other::dataSource)
			.withPropertyValues(EXPOSED, "migrations.locations=" + LOCATION,
					"migrations.instances.audit.data-source=auditDataSource",
					"migrations.instances.audit.locations=" + LOCATION, "migrations.instances.audit.target=2b3c")
			.run((context) -> {
				MigrationsDescriptor descriptor = context.getBean(MigrationsEndpoint.class).migrations(null);
				assertThat(descriptor.dataSources()).containsOnlyKeys("auditDataSource", "dataSource");
				assertThat(report(descriptor, "dataSource").current()).containsExactly("3c4d5e6f7a8b");
				assertThat(report(descriptor, "auditDataSource").current()).containsExactly("2b3c4d5e6f7a");
			});
	}

	@Test
	void keysEnginesOfTheSameDataSourceByBeanName() {
		this.enginesRunner.withBean("first", Migrations.class, () -> engine(this.database.dataSource(), "dataSource"))
			.withBean("second", Migrations.class, () -> engine(this.other.dataSource(), "dataSource"))
			.run((context) -> assertThat(context.getBean(MigrationsEndpoint.class).migrations(null).dataSources())
				.containsOnlyKeys("first", "second"));
	}

	@Test
	void showsARevisionByPrefixAndNothingForAnUnknownOne() {
		this.contextRunner.withPropertyValues(EXPOSED).run((context) -> {
			MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
			assertThat(endpoint.revision("2b3c").dataSources().get("dataSource").revision()).isEqualTo("2b3c4d5e6f7a");
			assertThat(endpoint.revision("ffff")).isNull();
		});
	}

	static Migrations engine(DataSource dataSource, String name) {
		return Migrations.builder(dataSource).name(name).locations(List.of(LOCATION)).build();
	}

	private static ReportDescriptor report(MigrationsDescriptor descriptor, String name) {
		return (ReportDescriptor) descriptor.dataSources().get(name);
	}

}
