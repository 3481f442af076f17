package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The SQLite batch rebuild runs: a table of N rows (an AUTOINCREMENT key, three columns and an index) whose column
 * type a portable revision changes, which SQLite can only do by rebuilding the table, against the same statements
 * written by hand (create the new table, copy the rows, drop the old one, rename the new one, create the index again)
 * in one transaction over JDBC. Each run starts from a copy of the same database file, in a fresh JVM.
 */
final class RebuildScale {

	static final String REVISION = """
			-- Widen big.name
			--
			-- Revision: 1b2c3d4e5f60
			-- Revises:

			-- migrations:operations
			alter column big.name type varchar(200) from varchar(80)
			""";

	private final Launcher launcher;

	private final Options options;

	private final PrintStream progress;

	RebuildScale(Launcher launcher, Options options, PrintStream progress) {
		this.launcher = launcher;
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Measures both ways, alternating which goes first.
	 * @param rows the number of rows
	 * @return one result per way
	 * @throws Exception when the database cannot be created or a run fails
	 */
	List<Result> run(int rows) throws Exception {
		Path directory = Files.createDirectories(this.options.work().resolve("rebuild"));
		Path template = directory.resolve("template.db");
		Files.deleteIfExists(template);
		create("jdbc:sqlite:" + template, rows);
		Path revisions = Files.createDirectories(directory.resolve("revisions"));
		Files.writeString(revisions.resolve("2026_01_01_0000-1b2c3d4e5f60_widen.sql"), REVISION);
		Path noop = Files.createDirectories(directory.resolve("noop"));
		Files.writeString(noop.resolve("2026_01_01_0000-1b2c3d4e5f60_widen.sql"), REVISION.replace(
				"alter column big.name type varchar(200) from varchar(80)", "execute $$SELECT 1$$"));
		List<Long> ours = new ArrayList<>();
		List<Long> byHand = new ArrayList<>();
		List<Long> engine = new ArrayList<>();
		int repetitions = Math.max(1, this.options.largeRepetitions());
		for (int repetition = 0; repetition < repetitions; repetition++) {
			List<String> order = new ArrayList<>(List.of("ours", "hand", "engine"));
			Collections.rotate(order, -repetition);
			for (String way : order) {
				Path file = directory.resolve("run.db");
				Files.copy(template, file, StandardCopyOption.REPLACE_EXISTING);
				long nanos = this.launcher.runMain(this.launcher.classpath(Contender.OURS),
						RebuildScaleRun.class.getName(), List.of(), List.of(way, "jdbc:sqlite:" + file,
								"filesystem:" + (way.equals("engine") ? noop : revisions), String.valueOf(rows)))[0];
				(way.equals("ours") ? ours : way.equals("hand") ? byHand : engine).add(nanos);
				this.progress.println(String.format(Locale.ROOT, "[%d/%d] sqlite rebuild of %d rows, %s: %.1f ms",
						repetition + 1, repetitions, rows, way, nanos / 1e6));
				Files.delete(file);
			}
		}
		Files.delete(template);
		return List.of(new Result("portable revision (batch rebuild)", rows, median(ours), ours.size()),
				new Result("the engine alone (a revision of `execute $$SELECT 1$$`)", rows, median(engine),
						engine.size()),
				new Result("the same statements by hand (JDBC)", rows, median(byHand), byHand.size()));
	}

	// One INSERT ... SELECT from a recursive CTE: the table is the input, its creation is not measured.
	static void create(String url, int rows) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute(RebuildScaleRun.TABLE.replace("%s", "big").replace("%n", "80"));
			statement.execute("INSERT INTO big (name, amount, created) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
					+ " SELECT i + 1 FROM n WHERE i < " + rows + ") SELECT 'name ' || i, (i % 1000) / 10.0,"
					+ " date('2020-01-01', '+' || (i % 365) || ' days') FROM n");
			statement.execute("CREATE INDEX ix_big_name ON big (name)");
			connection.commit();
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * The figures of one way.
	 *
	 * @param way how the table is rebuilt
	 * @param rows the number of rows
	 * @param nanos the median time
	 * @param repetitions the number of runs
	 */
	record Result(String way, int rows, long nanos, int repetitions) {

	}

	static String report(List<Result> results) throws IOException {
		if (results.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("### SQLite batch rebuild\n\n");
		out.append("A portable revision (`alter column big.name type varchar(200) from varchar(80)`) that SQLite runs")
			.append(" as a rebuild of the table, through `Migrations.upgrade` in a fresh JVM (engine, version tables,")
			.append(" reading the table with the inspector, the rebuild and its foreign key check), against the same")
			.append(" statements by hand over JDBC (create, copy, drop, rename, and the index again) in one transaction;")
			.append(" the engine alone is the same upgrade of a revision that only runs `SELECT 1`, the cost of a fresh")
			.append(" JVM's first command. Median of the runs, each from a copy of the same file.\n\n");
		out.append("| way | rows | runs | time | ratio |\n|---|---:|---:|---:|---:|\n");
		long byHand = results.get(results.size() - 1).nanos();
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f ms | %.2fx |%n", result.way(), result.rows(),
					result.repetitions(), result.nanos() / 1e6, (double) result.nanos() / byHand));
		}
		return out.append('\n').toString();
	}

}
