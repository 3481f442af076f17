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

class AutogenerateScaleTests {

	private static final String CLASSPATH = System.getProperty("surefire.test.class.path",
			System.getProperty("java.class.path"));

	@TempDir
	Path temp;

	@Test
	void twelveEntitiesGiveAFirstRevisionOfTheirTablesAndThenTheChangedOnesThreeOperations() throws Exception {
		// Entities 0 and 10 get a note column, entity 5 an index on its date.
		assertThat(AutogenerateEntities.expectedChanges(12)).isEqualTo(3);
		assertThat(run("sqlite")).singleElement().satisfies((result) -> {
			assertThat(result.firstOperations()).isEqualTo(24);
			assertThat(result.operations()).isEqualTo(3);
			assertThat(result.coldNanos()).isGreaterThan(result.coldModelNanos()).isPositive();
			assertThat(result.diffNanos()).isPositive().isLessThan(result.differencesNanos());
			assertThat(result.declaredNanos()).isPositive();
			assertThat(result.declaredDiffNanos()).isPositive();
		});
	}

	@Test
	void theSameRunsOnPostgresql() throws Exception {
		ScratchDatabase.PostgresServer server = TestPostgres.server();
		assertThat(run("postgresql", "--postgres", server.host() + ":" + server.port(), "--postgres-user",
				server.user())).singleElement().satisfies((result) -> {
			assertThat(result.firstOperations()).isEqualTo(24);
			assertThat(result.operations()).isEqualTo(3);
		});
	}

	@Test
	void theChangedVariantAddsTheNoteAndTheIndexOnlyWhereExpected() {
		assertThat(AutogenerateEntities.source(10, true)).contains("private String note;")
			.contains("@ManyToOne").contains("fk_item_10_parent");
		assertThat(AutogenerateEntities.source(10, false)).doesNotContain("note");
		assertThat(AutogenerateEntities.source(5, true)).contains("ix_item_5_created_on").doesNotContain("note");
		assertThat(AutogenerateEntities.source(0, true)).doesNotContain("@ManyToOne");
	}

	@Test
	void theReportHasOneRowPerDatabase() {
		String report = AutogenerateScale.report(List.of(new AutogenerateScale.Result(DatabaseKind.SQLITE, 200,
				2_500_000_000L, 3_000_000_000L, 900_000_000L, 400, 2_400_000_000L, 2_900_000_000L, 1_500_000_000L, 24,
				80_000_000L, 30_000_000L, 350_000_000L, 60_000_000L, 900_000_000L, 1_200_000_000L, 25_000_000L, 3)));
		assertThat(report).contains("### Autogenerate").contains(
				"| sqlite | 200 | 2500 ms | 3000 ms | 400 | 900 ms | 2400 ms | 2900 ms | 1500 ms | 24 | 3 | 80.0 ms | 30.0 ms | 350.0 ms | 60.0 ms | 900 ms | 1200 ms | 25.0 ms |");
	}

	private List<AutogenerateScale.Result> run(String database, String... more) throws Exception {
		List<String> arguments = new java.util.ArrayList<>(List.of("--databases", database, "--work",
				this.temp.toString(), "--classpath", CLASSPATH));
		arguments.addAll(List.of(more));
		Options options = Options.parse(arguments.toArray(String[]::new));
		Launcher launcher = new Launcher(CLASSPATH, this.temp, List.of());
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		List<AutogenerateScale.Result> results = new AutogenerateScale(launcher, options,
				new PrintStream(progress, true, StandardCharsets.UTF_8), 1).run(12);
		assertThat(progress.toString(StandardCharsets.UTF_8)).contains("autogenerate " + database + ", 12 entities");
		return results;
	}

}
