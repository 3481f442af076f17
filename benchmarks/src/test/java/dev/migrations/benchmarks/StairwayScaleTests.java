package dev.migrations.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.benchmarks.contestant.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

class StairwayScaleTests {

	@Test
	void theProgramRunsEveryCheckOfTheRevisionsAndReportsThem(@TempDir Path directory) throws Throwable {
		Path revisions = StairwayScale.write(directory.resolve("revisions"), 3);
		try (ScratchDatabase database = ScratchDatabase.sqlite(directory)) {
			String[] figures = run("sqlite", database.url(), "filesystem:" + revisions, "3").split(" ");
			assertThat(figures[0]).isEqualTo(ColdRun.RESULT);
			assertThat(Long.parseLong(figures[1])).isGreaterThanOrEqualTo(Long.parseLong(figures[2])).isPositive();
			// heads, start at base, 3 x (upgrade, downgrade, no trace, upgrade again), down, up, offline SQL
			assertThat(figures[3]).isEqualTo("17");
			assertThatIllegalStateException()
				.isThrownBy(() -> run("sqlite", database.url(), "filesystem:" + revisions, "4"))
				.withMessageContaining("Read 3 revisions, expected 4");
		}
		Files.writeString(revisions.resolve("s00002.sql"), Files.readString(revisions.resolve("s00002.sql"))
			.replace("DROP TABLE t_2;", ""));
		try (ScratchDatabase database = ScratchDatabase.sqlite(directory)) {
			assertThat(catchThrowable(
					() -> run("sqlite", database.url(), "filesystem:" + revisions, "3")))
				.hasMessageContaining("Revision s00002").hasMessageContaining("table t_2 was left behind");
		}
	}

	@Test
	void theReportHasOneRowPerDatabase() {
		assertThat(StairwayScale.report(List.of(new StairwayScale.Result(DatabaseKind.POSTGRESQL, 100, 9_000_000_000L,
				7_500_000_000L, 404)))).contains("### Test kit stairway").contains("| postgresql | 100 | 404 | 9.0 s | 7.5 s |");
	}

	private static String run(String... args) throws Throwable {
		PrintStream standard = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			StairwayRun.main(args);
		}
		finally {
			System.setOut(standard);
		}
		return captured.toString(StandardCharsets.UTF_8).lines().filter((line) -> line.startsWith(ColdRun.RESULT))
			.findFirst()
			.orElse("");
	}

}
