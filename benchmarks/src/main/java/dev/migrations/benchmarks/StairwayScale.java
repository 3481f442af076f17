package dev.migrations.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.migrations.benchmarks.contestant.DatabaseKind;

/**
 * The test kit's runs: on each database, the checks of {@code MigrationsChecks} (heads, the stairway of every
 * revision up, down, no trace, up again, heads to base and back, offline SQL) over N revisions, each creating a table
 * and an index, in a fresh JVM, on a connection pool as in a {@code @MigrationsTest}.
 */
final class StairwayScale {

	private final Launcher launcher;

	private final Options options;

	private final PrintStream progress;

	StairwayScale(Launcher launcher, Options options, PrintStream progress) {
		this.launcher = launcher;
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Writes the revisions and runs the checks on a scratch database of each kind.
	 * @param revisions the number of revisions
	 * @return the results, one per database
	 * @throws Exception when a run fails
	 */
	List<Result> run(int revisions) throws Exception {
		Path directory = write(this.options.work().resolve("stairway-" + revisions), revisions);
		List<Result> results = new ArrayList<>();
		for (DatabaseKind kind : this.options.databases()) {
			try (ScratchDatabase database = scratch(kind)) {
				long[] figures = this.launcher.runMain(Arrays.asList(this.options.classpath().split(File.pathSeparator)),
						StairwayRun.class.getName(), List.of(), List.of(kind.name().toLowerCase(Locale.ROOT),
								database.url(), "filesystem:" + directory, String.valueOf(revisions)));
				Result result = new Result(kind, revisions, figures[0], figures[1], (int) figures[2]);
				this.progress.println(String.format(Locale.ROOT, "stairway %s, %d revisions: %.1f s cold, %.1f s"
						+ " for the checks, %d tests", kind.name().toLowerCase(Locale.ROOT), revisions,
						result.coldNanos() / 1e9, result.checksNanos() / 1e9, result.tests()));
				results.add(result);
			}
		}
		return results;
	}

	private ScratchDatabase scratch(DatabaseKind kind) throws SQLException {
		return (kind == DatabaseKind.SQLITE) ? ScratchDatabase.sqlite(this.options.work())
				: ScratchDatabase.postgres(this.options.postgres());
	}

	static Path write(Path directory, int revisions) throws IOException {
		Files.createDirectories(directory);
		for (int i = 0; i < revisions; i++) {
			String id = String.format(Locale.ROOT, "s%05d", i);
			String parent = (i == 0) ? "" : String.format(Locale.ROOT, "s%05d", i - 1);
			Files.writeString(directory.resolve(id + ".sql"), "-- Table " + i + "\n-- Revision: " + id + "\n-- Revises: "
					+ parent + "\n\n-- migrations:upgrade\nCREATE TABLE t_" + i
					+ " (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL);\nCREATE INDEX ix_t_" + i + " ON t_" + i
					+ " (name);\n\n-- migrations:downgrade\nDROP INDEX ix_t_" + i + ";\nDROP TABLE t_" + i + ";\n");
		}
		return directory;
	}

	/**
	 * The figures of one database.
	 *
	 * @param kind the database
	 * @param revisions the number of revisions
	 * @param coldNanos the whole run in a fresh JVM, from {@code main()}
	 * @param checksNanos running the dynamic tests alone
	 * @param tests the number of dynamic tests run
	 */
	record Result(DatabaseKind kind, int revisions, long coldNanos, long checksNanos, int tests) {

	}

	static String report(List<Result> results) {
		if (results.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("### Test kit stairway\n\n");
		out.append("`MigrationsChecks` over N revisions (each a table and an index, with their downgrade) on a fresh")
			.append(" database, in a fresh JVM, on a HikariCP pool as in a `@MigrationsTest`: the heads, each revision")
			.append(" upgraded, downgraded, compared with the schema")
			.append(" before it and upgraded again, heads to base and back, and the offline SQL. Cold is the whole run")
			.append(" from `main()`; checks is the dynamic tests alone.\n\n");
		out.append("| database | revisions | tests | cold | checks |\n|---|---:|---:|---:|---:|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f s | %.1f s |%n",
					result.kind().name().toLowerCase(Locale.ROOT), result.revisions(), result.tests(),
					result.coldNanos() / 1e9, result.checksNanos() / 1e9));
		}
		return out.append('\n').toString();
	}

}
