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
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IntrospectionScaleTests {

	@Test
	void theProgramReadsTheWholeSchemaAndReportsFiveFigures(@TempDir Path directory) throws Exception {
		try (ScratchDatabase database = ScratchDatabase.sqlite(directory)) {
			IntrospectionScale.create(database, 4);
			String[] figures = run("sqlite", database.url(), "4", "first").split(" ");
			assertThat(figures[0]).isEqualTo(ColdRun.RESULT);
			assertThat(figures).hasSize(6);
			assertThat(List.of(figures).subList(1, 6)).allSatisfy((figure) -> assertThat(Long.parseLong(figure)).isPositive());
			// A schema that is not the one created is caught, not timed.
			assertThatIllegalStateException().isThrownBy(() -> run("sqlite", database.url(), "5"))
				.withMessageContaining("Read 4 tables, 4 indexes and 3 foreign keys");
		}
	}

	@Test
	void theReportHasOneRowPerDatabase() {
		StringBuilder out = new StringBuilder();
		IntrospectionScale.report(out, List.of(new IntrospectionScale.Result(DatabaseKind.SQLITE, 500, 900_000_000L,
				400_000_000L, 70_000_000L, 170_000_000L, 40_000_000L)));
		assertThat(out.toString()).contains("### Introspection")
			.contains("| sqlite | 500 | 900 ms | 400 ms | 170 ms | 70 ms | 40 ms |");
	}

	private static String run(String... args) {
		PrintStream standard = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			IntrospectionScaleRun.main(args);
		}
		finally {
			System.setOut(standard);
		}
		return captured.toString(StandardCharsets.UTF_8).strip();
	}

}
