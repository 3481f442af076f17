package dev.migrations.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Comparing builds of the engine: each in a fresh JVM on a fresh database, interleaved with raw JDBC, reported as
 * medians and per-round differences.
 */
class JarComparisonTests {

	@TempDir
	Path temp;

	@Test
	void reportsMediansAndTheMedianOfThePerRoundDifferences() {
		Map<String, Map<Integer, long[]>> group = new LinkedHashMap<>();
		group.put(JarComparison.RAW_JDBC, rounds(100, 100, 100));
		group.put("1. before.jar", rounds(150, 160, 140));
		group.put("2. after.jar", rounds(130, 170, 120));
		String report = JarComparison.report(Map.of("sqlite apply", group),
				List.of(JarComparison.RAW_JDBC, "1. before.jar", "2. after.jar"));
		assertThat(report).contains("| sqlite apply | raw JDBC | 3 | 100 | 50.0 |  |  |  |  |")
			.contains("| sqlite apply | 1. before.jar | 3 | 150 | 75.0 | +50.0 (0 of 3 lower) | +25.0 (0 of 3 lower)"
					+ " |  |  |")
			.contains("| sqlite apply | 2. after.jar | 3 | 130 | 65.0 | +30.0 (0 of 3 lower) | +15.0 (0 of 3 lower)"
					+ " | -20.0 (2 of 3 lower) | -10.0 (2 of 3 lower) |");
	}

	@Test
	void differencesCountOnlyTheRoundsBothRan() {
		Map<Integer, long[]> figures = Map.of(0, new long[] { 3_000_000, 0 }, 1, new long[] { 1_000_000, 0 });
		Map<Integer, long[]> baseline = Map.of(1, new long[] { 2_000_000, 0 });
		assertThat(JarComparison.difference(figures, baseline, 0)).isEqualTo("-1.00 (1 of 1 lower)");
		assertThat(JarComparison.difference(figures, Map.of(), 0)).isEqualTo(Report.NONE);
	}

	@Test
	void refusesABuildThatIsNotThereOrMoreThanOneSize() {
		Options options = Options.parse("--sizes", "2", "--databases", "sqlite", "--work", this.temp.toString());
		Path missing = this.temp.resolve("before.jar");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JarComparison(options, List.of(missing), System.err))
			.withMessageContaining("No build of the engine at " + missing);
		assertThatIllegalArgumentException().isThrownBy(() -> new JarComparison(options, List.of(), System.err))
			.withMessageContaining("--jars before.jar,after.jar");
		Options twoSizes = Options.parse("--sizes", "2,3", "--databases", "sqlite", "--work", this.temp.toString());
		assertThatIllegalArgumentException().isThrownBy(() -> new JarComparison(twoSizes, List.of(this.temp),
				System.err)).withMessageContaining("Compare at one size");
	}

	@Test
	void comparesBuildsWithRawJdbcInFreshJvmsOnFreshDatabases() throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path engine = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> entry.contains("migrations-spring-boot-autoconfigure"))
			.map(Path::of)
			.findFirst()
			.orElseThrow();
		Options options = Options.parse("--repetitions", "2", "--sizes", "2", "--databases", "sqlite", "--work",
				this.temp.toString(), "--classpath", classpath);
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		JarComparison comparison = new JarComparison(options, List.of(engine, engine),
				new PrintStream(progress, true, StandardCharsets.UTF_8));
		Map<String, Map<String, Map<Integer, long[]>>> figures = comparison.run();
		assertThat(figures).containsOnlyKeys("sqlite apply", "sqlite at-head");
		assertThat(figures.values()).allSatisfy((group) -> {
			assertThat(group).containsOnlyKeys(comparison.names());
			assertThat(group.values()).allSatisfy((rounds) -> {
				assertThat(rounds).containsOnlyKeys(0, 1);
				assertThat(rounds.values())
					.allSatisfy((figure) -> assertThat(Arrays.stream(figure).min().orElse(0)).isPositive());
			});
		});
		assertThat(comparison.names()).hasSize(3).startsWith(JarComparison.RAW_JDBC);
		assertThat(progress.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
		assertThat(JarComparison.report(figures, comparison.names())).contains("| sqlite at-head | 2. ");
	}

	// Wall and CPU figures, in ms, of three rounds: CPU half the wall time.
	private static Map<Integer, long[]> rounds(long... wallMillis) {
		Map<Integer, long[]> rounds = new LinkedHashMap<>();
		for (int i = 0; i < wallMillis.length; i++) {
			rounds.put(i, new long[] { wallMillis[i] * 1_000_000, wallMillis[i] * 500_000 });
		}
		return rounds;
	}

}
