package dev.migrations.benchmarks.contestant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.benchmarks.ScratchDatabase;
import dev.migrations.benchmarks.TestPostgres;
import dev.migrations.benchmarks.workload.Workload;
import dev.migrations.benchmarks.workload.WorkloadFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each JVM contestant really applies, keeps and reverts W(3), on both databases.
 */
class ContestantTests {

	private static final int SIZE = 3;

	@TempDir
	static Path temp;

	private static WorkloadFiles files;

	@BeforeAll
	static void writeWorkload() throws IOException {
		files = WorkloadFiles.write(temp, new Workload(SIZE));
	}

	static Stream<Arguments> contestants() {
		return Stream.of(DatabaseKind.values())
			.flatMap((kind) -> Stream.of(new JdbcContestant(), new OursContestant(), new FlywayContestant(),
					new LiquibaseContestant())
				.map((contestant) -> Arguments.of(kind, contestant)));
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("contestants")
	void appliesKeepsAndRevertsTheWorkload(DatabaseKind kind, Contestant contestant) throws Exception {
		try (ScratchDatabase database = create(kind)) {
			Run run = new Run(kind, database.url(), files);
			contestant.apply(run);
			assertThat(database.workloadObjects()).isEqualTo(2 * SIZE);
			contestant.atHead(run);
			contestant.atHead(run);
			assertThat(database.workloadObjects()).isEqualTo(2 * SIZE);
			if (contestant.canDowngrade()) {
				contestant.downgrade(run);
				assertThat(database.workloadObjects()).isZero();
			}
			else {
				assertThatExceptionOfType(UnsupportedOperationException.class)
					.isThrownBy(() -> contestant.downgrade(run));
			}
		}
	}

	private static ScratchDatabase create(DatabaseKind kind) throws Exception {
		return (kind == DatabaseKind.SQLITE) ? ScratchDatabase.sqlite(temp)
				: ScratchDatabase.postgres(TestPostgres.server());
	}

}
