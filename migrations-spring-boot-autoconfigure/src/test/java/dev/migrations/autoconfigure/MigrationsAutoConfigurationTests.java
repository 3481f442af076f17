package dev.migrations.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.MigrationListener;
import dev.migrations.core.runtime.Step;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsAutoConfigurationTests {

	private static final String LINEAR = "migrations.locations=filesystem:"
			+ Path.of("src/test/resources/revisions/linear").toAbsolutePath();

	private final TestDatabase database = TestDatabase.sqlite();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void backsOffWithoutDataSource() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(Migrations.class)
			.doesNotHaveBean(MigrationsInitializer.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues("migrations.enabled=false", LINEAR)
			.run((context) -> assertThat(context).doesNotHaveBean(Migrations.class));
	}

	@Test
	void backsOffWithoutTheEngineOnTheClasspath() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withClassLoader(new FilteredClassLoader(Migrations.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsInitializer.class));
	}

	@Test
	void upgradesToHeadsAtStartup() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR)
			.run((context) -> {
				assertThat(context).hasSingleBean(Migrations.class).hasSingleBean(MigrationsInitializer.class);
				assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b");
			});
	}

	@Test
	void upgradesToTheConfiguredTarget() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.target=2b3c")
			.run((context) -> assertThat(context.getBean(Migrations.class).current()).containsExactly("2b3c4d5e6f7a"));
	}

	@Test
	void startupNoneLeavesTheDatabaseAlone() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=none")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Migrations.class).current()).isEmpty();
			});
	}

	@Test
	void startupValidateFailsWithThePendingRevisions() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(MigrationsException.class)
					.hasMessage("The database is not at the heads: 3 revision(s) pending: 1a2b3c4d5e6f (Create users),"
							+ " 2b3c4d5e6f7a (Create tasks), 3c4d5e6f7a8b (Add task priority). Apply them with"
							+ " 'migrations upgrade heads', or start with migrations.startup=upgrade");
			});
	}

	@Test
	void startupValidateStartsAtTheHeads() {
		Migrations.builder(this.database.dataSource())
			.locations(List.of(LINEAR.substring("migrations.locations=".length())))
			.build()
			.upgrade("heads");
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=validate")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void mapsPropertiesToTheEngine() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.version-table=app_version", "migrations.history-table=app_history",
					"migrations.lock-timeout=7s", "migrations.startup=none")
			.run((context) -> {
				MigrationsConfig config = context.getBean(Migrations.class).config();
				assertThat(config.versionTable()).isEqualTo("app_version");
				assertThat(config.historyTable()).isEqualTo("app_history");
				assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(7));
				assertThat(config.locations()).containsExactly(LINEAR.substring("migrations.locations=".length()));
			});
	}

	@Test
	void namesTheEngineAfterItsDataSourceBean() {
		this.contextRunner.withBean("ordersDataSource", DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.startup=none")
			.run((context) -> assertThat(context.getBean(Migrations.class).name()).isEqualTo("ordersDataSource"));
	}

	@Test
	void passesStepEventsToEveryListenerBean() {
		List<String> events = new ArrayList<>();
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withBean("first", MigrationListener.class, () -> new MigrationListener() {
				@Override
				public void stepSucceeded(Step step, Duration duration) {
					events.add("first " + step.revision().id());
				}
			})
			.withBean("second", MigrationListener.class, () -> new MigrationListener() {
				@Override
				public void stepSucceeded(Step step, Duration duration) {
					events.add("second " + step.revision().id());
				}
			})
			.withPropertyValues(LINEAR, "migrations.target=1a2b")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(events).containsExactlyInAnyOrder("first 1a2b3c4d5e6f", "second 1a2b3c4d5e6f");
			});
	}

	@Test
	void rejectsAnInvalidVersionTableName() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withPropertyValues(LINEAR, "migrations.version-table=x; drop table users")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(MigrationsException.class,
							(ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
					.hasMessageContaining("'x; drop table users'");
			});
	}

	@Test
	void backsOffForAUserDefinedEngine() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withBean("customMigrations", Migrations.class,
					() -> Migrations.builder(this.database.dataSource()).versionTable("custom_version").build())
			.withPropertyValues(LINEAR, "migrations.startup=none")
			.run((context) -> assertThat(context).hasSingleBean(Migrations.class)
				.hasBean("customMigrations")
				.getBean(Migrations.class)
				.extracting((migrations) -> migrations.config().versionTable())
				.isEqualTo("custom_version"));
	}

	@Test
	void backsOffForAUserDefinedInitializer() {
		this.contextRunner.withBean(DataSource.class, this.database::dataSource)
			.withBean("customInitializer", MigrationsInitializer.class,
					() -> new MigrationsInitializer(Migrations.builder(this.database.dataSource()).build(),
							MigrationsProperties.Startup.NONE, "heads"))
			.withPropertyValues(LINEAR)
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrationsInitializer.class).hasBean("customInitializer");
				assertThat(context.getBean(Migrations.class).current()).isEmpty();
			});
	}

}
