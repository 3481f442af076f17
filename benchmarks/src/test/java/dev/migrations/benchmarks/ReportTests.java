package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTests {

	private static final long MS = 1_000_000;

	@Test
	void medianOfOddAndEvenCounts() {
		assertThat(Report.medianOf(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
		assertThat(Report.medianOf(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
	}

	@Test
	void ratioIsTheMedianOfPerRepetitionRatios() {
		// Repetition 1 ran on a slow machine: both times doubled, the ratio did not.
		Map<Integer, Long> ours = Map.of(0, 110 * MS, 1, 220 * MS, 2, 100 * MS);
		Map<Integer, Long> limit = Map.of(0, 100 * MS, 1, 200 * MS, 2, 100 * MS);
		assertThat(Report.ratio(ours, limit)).isEqualTo("1.10x");
		assertThat(Report.ratio(ours, null)).isEqualTo("–");
	}

	@Test
	void limitIsTheFasterOfTheTwoInEachRepetition() {
		Map<Integer, Long> cli = Map.of(0, 100L, 1, 300L);
		Map<Integer, Long> jdbc = Map.of(0, 200L, 1, 250L);
		assertThat(Report.fastest(cli, jdbc)).isEqualTo(Map.of(0, 100L, 1, 250L));
		assertThat(Report.fastest(null, jdbc)).isEqualTo(jdbc);
		assertThat(Report.combine(null, jdbc, (a, b) -> a - b)).isEmpty();
	}

	@Test
	void millisecondsKeepThreeSignificantDigits() {
		assertThat(Report.millis(1_234_567_890)).isEqualTo("1,235");
		assertThat(Report.millis(12_340_000)).isEqualTo("12.3");
		assertThat(Report.millis(1_234_000)).isEqualTo("1.23");
	}

	@Test
	void ownCostAtHeadIsTheTimeAboveRawJdbc() {
		List<Sample> samples = new ArrayList<>();
		for (int repetition = 0; repetition < 3; repetition++) {
			samples.add(new Sample("sqlite", 10, Contender.JDBC, Operation.AT_HEAD_COLD, repetition, 200 * MS));
			samples.add(new Sample("sqlite", 10, Contender.OURS, Operation.AT_HEAD_COLD, repetition, 250 * MS));
			samples.add(new Sample("sqlite", 10, Contender.FLYWAY, Operation.AT_HEAD_COLD, repetition, 400 * MS));
		}
		assertThat(threeRepetitionsOnSqlite(samples)).contains("| sqlite | 10 | 3 | – | 200 | 250 | 400 | – | 50.0 | 200 | – | 0.25x | – |\n");
	}

	@Test
	void ownCpuIsTheMainThreadsCpuAboveRawJdbcs() {
		List<Sample> samples = new ArrayList<>();
		for (int repetition = 0; repetition < 3; repetition++) {
			samples.add(new Sample("sqlite", 10, Contender.JDBC, Operation.APPLY_CPU, repetition, 300 * MS));
			samples.add(new Sample("sqlite", 10, Contender.OURS, Operation.APPLY_CPU, repetition,
					(330 + 10 * repetition) * MS));
			samples.add(new Sample("sqlite", 10, Contender.JDBC, Operation.AT_HEAD_COLD_CPU, repetition, 200 * MS));
			samples.add(new Sample("sqlite", 10, Contender.OURS, Operation.AT_HEAD_COLD_CPU, repetition, 220 * MS));
		}
		assertThat(threeRepetitionsOnSqlite(samples)).contains("### Cold, main thread's CPU")
			.contains("| sqlite | 10 | apply | 3 | 300 | 340 | – | – | 40.0 | 1.13x |\n")
			.contains("| sqlite | 10 | no-op at head | 3 | 200 | 220 | – | – | 20.0 | 1.10x |\n");
	}

	@Test
	void ownCostOnAPoolIsTheTimeAboveRawJdbcsSecondRead() {
		List<Sample> samples = new ArrayList<>();
		for (int repetition = 0; repetition < 3; repetition++) {
			samples.add(new Sample("sqlite", 10, Contender.JDBC, Operation.AT_HEAD_POOLED, repetition,
					MS / 10));
			samples.add(new Sample("sqlite", 10, Contender.OURS, Operation.AT_HEAD_POOLED, repetition,
					(1 + repetition) * MS));
			samples.add(new Sample("sqlite", 10, Contender.FLYWAY, Operation.AT_HEAD_POOLED, repetition,
					40 * MS));
		}
		assertThat(threeRepetitionsOnSqlite(samples)).contains("### No-op at head, warm, pooled")
			.contains("| sqlite | 10 | 3 | 0.10 | 2.00 | 40.0 | – | 1.90 | 39.9 |\n");
	}

	@Test
	void aReportWithoutCpuFiguresHasNoCpuTable() {
		List<Sample> samples = List.of(new Sample("sqlite", 10, Contender.JDBC, Operation.AT_HEAD_COLD, 0, 200 * MS));
		assertThat(threeRepetitionsOnSqlite(samples)).doesNotContain("main thread's CPU");
	}

	@Test
	void warmOwnCostIsTheSameInstanceTimeAboveRawJdbcsSecondCall() {
		List<Sample> samples = new ArrayList<>();
		for (int repetition = 0; repetition < 3; repetition++) {
			samples.add(new Sample("sqlite", 10, Contender.JDBC, Operation.AT_HEAD_WARM, repetition, 5 * MS));
			samples.add(new Sample("sqlite", 10, Contender.OURS, Operation.AT_HEAD_WARM, repetition, 90 * MS));
			samples.add(new Sample("sqlite", 10, Contender.OURS, Operation.AT_HEAD_REUSED, repetition,
					(8 + repetition) * MS));
			samples.add(new Sample("sqlite", 10, Contender.FLYWAY, Operation.AT_HEAD_REUSED, repetition, 100 * MS));
		}
		assertThat(threeRepetitionsOnSqlite(samples)).contains("| sqlite | 10 | 3 | 5.00 | 90.0 | – | – | 9.00 | 100 | 4.00 | 95.0 |\n");
	}

	@Test
	void graphOnlyReportHasTheGraphScaleAlone() {
		Options options = Options.parse("--only", "graph");
		GraphScale.Result chain = new GraphScale.Result("chain", 10000, 900 * MS, 150 * MS, 20 * MS, 10 * MS,
				13 * 1024 * 1024);
		String report = new Report(List.of(), options).markdown(List.of(chain));
		assertThat(report).startsWith("### Graph scale")
			.contains("| chain | 10,000 | 900 | 150 | 20.0 | 10.0 | 13.0 MB |")
			.doesNotContain("Apply and downgrade")
			.doesNotContain("No-op at head");
	}

	private static String threeRepetitionsOnSqlite(List<Sample> samples) {
		Options options = Options.parse("--repetitions", "3", "--sizes", "10", "--databases", "sqlite");
		return new Report(samples, options).markdown(List.of());
	}

}
