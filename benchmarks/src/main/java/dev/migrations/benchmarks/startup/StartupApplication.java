package dev.migrations.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The small application of the startup benchmark, run in a fresh JVM: auto-configuration, a pooled DataSource, and
 * a runner that reads from the database once, as any service touching its database at start does, so that the
 * driver and the first connection are in every variant's time. Whichever migration tool its classpath has migrates
 * at startup. Prints {@code RESULT <ns> <cpu ns>}: from the first line of {@code main} to
 * {@link ApplicationReadyEvent}, and the main thread's CPU time by then (JVM start included), which a busy machine's
 * waits for a core do not inflate.
 * <p>
 * Arguments: Spring Boot's command-line properties (the DataSource URL and the tool's location).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApplication {

	/** The prefix of the line that carries the figure, as {@code ColdRun}'s. */
	static final String RESULT = "RESULT";

	@Bean
	ApplicationRunner readOnce(DataSource dataSource) {
		return (arguments) -> {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT 1")) {
				if (!result.next()) {
					throw new SQLException("SELECT 1 returned no row");
				}
			}
		};
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		long[] ready = new long[2];
		SpringApplication application = new SpringApplication(StartupApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			ready[0] = System.nanoTime() - start;
			ready[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		});
		try (ConfigurableApplicationContext context = application.run(args)) {
			System.out.println(RESULT + " " + ready[0] + " " + ready[1]);
			System.out.flush();
		}
	}

}
