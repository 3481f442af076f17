package dev.migrations.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver end to end on a tiny workload: every contestant in its own fresh JVM, with only its own jars.
 */
class BenchmarkTests {

	@TempDir
	Path temp;

	@Test
	void runsEveryContestantInAFreshJvmAndReports() throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Options options = Options.parse("--repetitions", "1", "--sizes", "2", "--databases", "sqlite",
				"--graph-size", "0", "--work", this.temp.toString(), "--classpath", classpath);
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		List<Sample> samples = new Benchmark(options, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
		// CLI: apply, at head, downgrade; each JVM contestant: apply, three at head, one on a pool,
		// downgrade, and the main thread's CPU of apply and of the cold call at head; Flyway has no downgrade.
		assertThat(samples).hasSize(3 + 8 + 8 + 7 + 8);
		assertThat(samples).filteredOn((sample) -> sample.operation() == Operation.AT_HEAD_COLD_CPU).hasSize(4);
		assertThat(samples).allSatisfy((sample) -> assertThat(sample.nanos()).isPositive());
		Options stopped = Options.parse("--repetitions", "1", "--sizes", "2", "--databases", "sqlite", "--time-limit",
				"0", "--work", this.temp.resolve("stopped").toString(), "--classpath", classpath);
		assertThat(new Benchmark(stopped, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
			.run()).isEmpty();
		assertThat(progress.toString(StandardCharsets.UTF_8).lines()).hasSize(5);
		String report = new Report(samples, options).markdown(List.of());
		assertThat(report).contains("| sqlite | 2 | apply | 1 |").contains("| sqlite | 2 | downgrade | 1 |")
			.contains("### No-op at head, cold").contains("### No-op at head, warm")
			.contains("### Cold, main thread's CPU").contains("### No-op at head, warm, pooled");
	}

	@Test
	void measuresTheGraphScaleInAFreshJvm() throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Launcher launcher = new Launcher(classpath, this.temp, List.of());
		List<GraphScale.Result> results = new GraphScale(launcher, this.temp, new PrintStream(
				new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(300);
		assertThat(results).extracting(GraphScale.Result::revisions).containsExactly(300, 300);
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.coldNanos()).isPositive();
			assertThat(result.retainedBytes()).isPositive();
		});
	}

}
