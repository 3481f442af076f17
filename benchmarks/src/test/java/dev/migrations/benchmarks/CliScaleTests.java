package dev.migrations.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line cold start's process timing and its report.
 */
class CliScaleTests {

	@Test
	void execReportsTheWallClockAndTheProcessCpuTime() throws Exception {
		long[] figures = CliScale.exec(List.of("sh", "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; sleep 0.2"));
		assertThat(figures[0]).isGreaterThanOrEqualTo(200_000_000L);
		assertThat(figures[1]).isPositive().isLessThan(figures[0]);
	}

	@Test
	void theReportHasARowPerCommandAndWayAndSaysWhenAlembicIsMissing() {
		String report = CliScale.report(List.of(new CliScale.Result("current", "jar", 5, 1_234_000_000L, 2_500_000_000L),
				new CliScale.Result("history", "jar", 5, 900_000_000L, 1_700_000_000L)));
		assertThat(report).startsWith("### Command-line cold start\n")
			.contains("| `current` | jar | 5 | 1.23 s | 2.50 s |\n")
			.contains("| `history` | jar | 5 | 0.90 s | 1.70 s |\n")
			.contains("`alembic current`: not measured");
		assertThat(CliScale.report(List.of())).isEmpty();
	}

}
