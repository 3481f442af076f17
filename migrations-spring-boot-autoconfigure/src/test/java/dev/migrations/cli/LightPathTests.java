package dev.migrations.cli;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The light path leaves JPA's auto-configuration out of the commands that do not compare with the JPA model, and
 * only those.
 */
class LightPathTests {

	private static final String HIBERNATE = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";

	private static final String REPOSITORIES = "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

	private static final String MIGRATIONS = "dev.migrations.autoconfigure.MigrationsAutoConfiguration";

	@Test
	void commandsWithoutTheModelLeaveJpaOut() {
		for (String command : new String[] { "current", "history", "upgrade", "heads", "revision" }) {
			assertThat(skipped(command)).as(command).contains(HIBERNATE).contains(REPOSITORIES);
		}
	}

	@Test
	void checkAndAutogenerateKeepJpa() {
		assertThat(skipped("check")).doesNotContain(HIBERNATE);
		assertThat(skipped("revision", "-m", "x", "--autogenerate")).doesNotContain(HIBERNATE);
	}

	@Test
	void everyCommandLeavesObservabilityOut() {
		for (String command : new String[] { "current", "check" }) {
			assertThat(skipped(command)).as(command).contains("org.springframework.boot.micrometer.*")
				.contains("org.springframework.boot.actuate.*")
				.contains("dev.migrations.actuate.*");
		}
	}

	@Test
	void theCommandLineKeepsEverythingWithAnEmptyList() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
				"--" + CommandLineAutoConfigurationFilter.PROPERTY + "="));
		new CommandLineRunListener(new SpringApplication(LightPathTests.class),
				new String[] { CommandLineRunListener.FIRST_ARGUMENT, "current" }).environmentPrepared(null, environment);
		CommandLineAutoConfigurationFilter filter = new CommandLineAutoConfigurationFilter();
		filter.setEnvironment(environment);
		assertThat(filter.match(new String[] { HIBERNATE, REPOSITORIES }, null)).containsExactly(true, true);
	}

	@Test
	void theFilterLeavesOutWhatThePropertyNamesAndNothingWithoutIt() {
		CommandLineAutoConfigurationFilter filter = new CommandLineAutoConfigurationFilter();
		filter.setEnvironment(new MockEnvironment().withProperty(CommandLineAutoConfigurationFilter.PROPERTY,
				HIBERNATE + "," + REPOSITORIES));
		assertThat(filter.match(new String[] { HIBERNATE, MIGRATIONS, null, REPOSITORIES }, null))
			.containsExactly(false, true, true, false);
		filter.setEnvironment(new MockEnvironment().withProperty(CommandLineAutoConfigurationFilter.PROPERTY,
				"org.springframework.boot.micrometer.*"));
		assertThat(filter.match(new String[] { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometerx.Other", MIGRATIONS }, null)).containsExactly(false, true, true);
		filter.setEnvironment(new MockEnvironment());
		assertThat(filter.match(new String[] { HIBERNATE, MIGRATIONS }, null)).containsExactly(true, true);
	}

	@Test
	void hibernateTakesItsDialectFromAUrlThatAProfilesFileSets() {
		String[] args = { CommandLineRunListener.FIRST_ARGUMENT, "upgrade", "--sql" };
		CommandLineRunListener listener = new CommandLineRunListener(new SpringApplication(LightPathTests.class), args);
		StandardEnvironment environment = new StandardEnvironment();
		listener.environmentPrepared(null, environment);
		// Spring Boot loads application-prod.properties after the run listeners saw the environment prepared.
		environment.getPropertySources()
			.addLast(new MapPropertySource("application-prod.properties",
					Map.of("spring.datasource.url", "jdbc:postgresql://db.example/app")));
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		listener.contextPrepared(context);
		assertThat(environment.getProperty("spring.jpa.properties.hibernate.dialect"))
			.isEqualTo("org.hibernate.dialect.PostgreSQLDialect");
		assertThat(environment.getProperty("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access"))
			.isEqualTo("false");
	}

	private static String skipped(String... command) {
		String[] args = new String[command.length + 1];
		args[0] = CommandLineRunListener.FIRST_ARGUMENT;
		System.arraycopy(command, 0, args, 1, command.length);
		StandardEnvironment environment = new StandardEnvironment();
		new CommandLineRunListener(new SpringApplication(LightPathTests.class), args).environmentPrepared(null,
				environment);
		return environment.getProperty(CommandLineAutoConfigurationFilter.PROPERTY);
	}

}
