package dev.migrations.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.benchmarks.contestant.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring startup benchmark end to end on a tiny workload: every variant starts the application in its own fresh
 * JVM, and each tool really migrates (the scale checks the tables it left after each start).
 */
class StartupScaleTests {

	@TempDir
	Path temp;

	@Test
	void startsTheApplicationWithEveryToolAndEachMigrates() throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Options options = Options.parse("--repetitions", "1", "--databases", "sqlite", "--work", this.temp.toString(),
				"--classpath", classpath);
		Launcher launcher = new Launcher(classpath, this.temp, List.of());
		List<StartupScale.Result> results = new StartupScale(launcher, options,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(2);
		assertThat(results).extracting(StartupScale.Result::tool).containsExactlyInAnyOrder(StartupTool.values());
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.pendingNanos()).isPositive();
			assertThat(result.atHeadNanos()).isPositive();
		});
	}

	@Test
	void eachVariantGetsOnlyItsOwnToolsJars() throws Exception {
		String classpath = String.join(java.io.File.pathSeparator, "/r/spring-boot-4.1.1.jar",
				"/r/spring-boot-flyway-4.1.1.jar", "/r/spring-boot-liquibase-4.1.1.jar", "/r/flyway-core-12.4.0.jar",
				"/r/liquibase-core-5.0.3.jar", "/r/migrations-spring-boot-autoconfigure-0.1.0.jar",
				"/r/sqlite-jdbc-3.53.2.1.jar");
		Launcher launcher = new Launcher(classpath, this.temp, List.of());
		assertThat(launcher.classpath(StartupTool.NONE.artifacts())).containsExactly("/r/spring-boot-4.1.1.jar",
				"/r/sqlite-jdbc-3.53.2.1.jar");
		assertThat(launcher.classpath(StartupTool.FLYWAY.artifacts())).containsExactly("/r/spring-boot-4.1.1.jar",
				"/r/spring-boot-flyway-4.1.1.jar", "/r/flyway-core-12.4.0.jar", "/r/sqlite-jdbc-3.53.2.1.jar");
		assertThat(launcher.classpath(StartupTool.OURS.artifacts())).contains(
				"/r/migrations-spring-boot-autoconfigure-0.1.0.jar").doesNotContain("/r/spring-boot-flyway-4.1.1.jar",
				"/r/spring-boot-liquibase-4.1.1.jar", "/r/liquibase-core-5.0.3.jar");
	}

	@Test
	void theReportGivesWhatEachToolAddsToTheNoToolStart() {
		List<StartupScale.Result> results = List.of(
				new StartupScale.Result(DatabaseKind.SQLITE, 100, StartupTool.NONE, 0, 1_000_000_000L, 1_000_000_000L,
						800_000_000L, 800_000_000L),
				new StartupScale.Result(DatabaseKind.SQLITE, 100, StartupTool.OURS, 0, 1_500_000_000L, 1_050_000_000L,
						1_200_000_000L, 830_000_000L),
				new StartupScale.Result(DatabaseKind.SQLITE, 100, StartupTool.FLYWAY, 0, 3_000_000_000L,
						1_400_000_000L, 2_000_000_000L, 1_000_000_000L),
				new StartupScale.Result(DatabaseKind.SQLITE, 100, StartupTool.LIQUIBASE, 0, 3_500_000_000L,
						1_900_000_000L, 2_400_000_000L, 1_300_000_000L));
		assertThat(StartupScale.report(results)).contains("### Spring startup")
			.contains("| sqlite | 100 | pending | 1 | 1,000 | 1,500 | 3,000 | 3,500 | 500 | 2,000 | 2,500 | 0.25x |")
			.contains("| sqlite | 100 | at head | 1 | 1,000 | 1,050 | 1,400 | 1,900 | 50 | 400 | 900 | 0.13x |")
			.contains("| sqlite | 100 | at head | 1 | 800 | 830 | 1,000 | 1,300 | 30 | 200 | 500 | 0.15x |");
	}

}
