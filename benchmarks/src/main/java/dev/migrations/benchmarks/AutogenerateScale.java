package dev.migrations.benchmarks;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import dev.migrations.benchmarks.contestant.DatabaseKind;

/**
 * The autogenerate runs: N generated JPA entities, compiled once, and on each database a fresh JVM that writes the
 * first revision from an empty database and upgrades to it (N tables), then fresh JVMs that run
 * {@code revision --autogenerate} against those N tables with the changed entities, end to end, and time the diff
 * alone warm.
 */
final class AutogenerateScale {

	/** Fresh JVMs per measurement in the full run. */
	static final int RUNS = 3;

	private final int runs;

	private final Launcher launcher;

	private final Options options;

	private final PrintStream progress;

	AutogenerateScale(Launcher launcher, Options options, PrintStream progress, int runs) {
		this.runs = runs;
		this.launcher = launcher;
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Compiles the entities and measures each database.
	 * @param entities the number of entities and tables
	 * @return the results, one per database
	 * @throws Exception when the entities do not compile or a run fails
	 */
	List<Result> run(int entities) throws Exception {
		Path root = this.options.work().resolve("autogenerate");
		if (Files.exists(root)) {
			Benchmark.deleteTree(root);
		}
		Path base = AutogenerateEntities.compile(root.resolve("base"), entities, false, this.options.classpath());
		Path changed = AutogenerateEntities.compile(root.resolve("changed"), entities, true, this.options.classpath());
		Path declared = AutogenerateEntities.declaredSchema(root.resolve("declared").resolve("schema.sql"), entities,
				true);
		List<Result> results = new ArrayList<>();
		for (DatabaseKind kind : this.options.databases()) {
			Path revisions = Files.createDirectories(root.resolve(kind.label()).resolve("revisions"));
			try (ScratchDatabase database = scratch(kind, root)) {
				long[] setup = run(base, kind, database, revisions, entities, "setup");
				List<long[]> measured = new ArrayList<>();
				List<long[]> declaredRuns = new ArrayList<>();
				for (int i = 0; i < this.runs; i++) {
					measured.add(run(changed, kind, database, revisions, entities, "measure"));
					declaredRuns.add(run(base, kind, database, revisions, entities, "declared", declared.toString()));
				}
				Result result = new Result(kind, entities, setup[0], setup[4], setup[1], (int) setup[2],
						median(measured, (figures) -> figures[0]), median(measured, (figures) -> figures[7]),
						median(measured, (figures) -> figures[6]), (int) measured.get(0)[1],
						median(measured, (figures) -> figures[2]), median(measured, (figures) -> figures[3]),
						median(measured, (figures) -> figures[4]), median(measured, (figures) -> figures[5]),
						median(declaredRuns, (figures) -> figures[0]), median(declaredRuns, (figures) -> figures[7]),
						median(declaredRuns, (figures) -> figures[3]), this.runs);
				this.progress.println(String.format(Locale.ROOT,
						"autogenerate %s, %d entities: first revision %.0f ms (CPU %.0f, %d operations), upgrade %.0f"
								+ " ms; changed entities, cold %.0f ms (CPU %.0f, model %.0f, %d operations); warm: check"
								+ " %.1f ms, diff %.1f ms, model %.1f ms, schema %.1f ms; declared schema, cold %.0f ms"
								+ " (CPU %.0f), diff %.1f ms",
						kind.label(), entities, result.firstNanos() / 1e6, result.firstCpuNanos() / 1e6,
						result.firstOperations(), result.upgradeNanos() / 1e6, result.coldNanos() / 1e6,
						result.coldCpuNanos() / 1e6, result.coldModelNanos() / 1e6, result.operations(),
						result.differencesNanos() / 1e6, result.diffNanos() / 1e6, result.modelNanos() / 1e6,
						result.schemaNanos() / 1e6, result.declaredNanos() / 1e6, result.declaredCpuNanos() / 1e6,
						result.declaredDiffNanos() / 1e6));
				results.add(result);
			}
		}
		return results;
	}

	private long[] run(Path entityClasses, DatabaseKind kind, ScratchDatabase database, Path revisions, int entities,
			String... mode) throws Exception {
		List<String> classpath = new ArrayList<>();
		classpath.add(entityClasses.toString());
		classpath.addAll(Arrays.asList(this.options.classpath().split(File.pathSeparator)));
		List<String> arguments = new ArrayList<>(List.of(kind.label(), database.url(), revisions.toString(),
				String.valueOf(entities)));
		arguments.addAll(List.of(mode));
		return this.launcher.runMain(classpath, AutogenerateScaleRun.class.getName(), List.of(), arguments);
	}

	private ScratchDatabase scratch(DatabaseKind kind, Path root) throws SQLException, java.io.IOException {
		return (kind == DatabaseKind.SQLITE) ? ScratchDatabase.sqlite(Files.createDirectories(root.resolve("sqlite")))
				: ScratchDatabase.postgres(this.options.postgres());
	}

	private static long median(List<long[]> runs, ToLongFunction<long[]> figure) {
		List<Long> values = new ArrayList<>(runs.stream().map(figure::applyAsLong).toList());
		Collections.sort(values);
		return values.get(values.size() / 2);
	}

	/**
	 * The figures of one database.
	 *
	 * @param kind the database
	 * @param entities the number of entities and tables
	 * @param firstNanos the first revision from an empty database, a fresh JVM from {@code main()}
	 * @param firstCpuNanos the CPU time of that JVM (every thread) up to the file written
	 * @param upgradeNanos upgrading the empty database to that revision, in the same JVM
	 * @param firstOperations the operations of the first revision
	 * @param coldNanos the changed entities' revision against the N tables, a fresh JVM from {@code main()}, median
	 * @param coldCpuNanos the CPU time of that JVM (every thread) up to the file written, median
	 * @param coldModelNanos the part of the cold run that builds the JPA model (Hibernate's first bootstrap), median
	 * @param operations the operations of that revision
	 * @param differencesNanos {@code check}'s comparison warm: reading the database and the diff, median
	 * @param diffNanos the diff alone warm, median
	 * @param modelNanos building the JPA model again warm, median
	 * @param schemaNanos reading the database's schema warm, median
	 * @param declaredNanos the same revision with the declared schema file of the same tables as the model, a fresh
	 * JVM from {@code main()}, median
	 * @param declaredCpuNanos the CPU time of that JVM, median
	 * @param declaredDiffNanos the diff alone warm with the declared schema, median
	 * @param runs the number of fresh JVMs the medians are over
	 */
	record Result(DatabaseKind kind, int entities, long firstNanos, long firstCpuNanos, long upgradeNanos,
			int firstOperations, long coldNanos, long coldCpuNanos, long coldModelNanos, int operations,
			long differencesNanos, long diffNanos, long modelNanos, long schemaNanos, long declaredNanos,
			long declaredCpuNanos, long declaredDiffNanos, int runs) {

	}

	static String report(List<Result> results) {
		if (results.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("### Autogenerate\n\n");
		out.append("N generated JPA entities (compiled classes on the classpath; Hibernate's metadata with Spring")
			.append(" Boot's naming) against N tables. *First revision*: `revision --autogenerate` from an empty")
			.append(" database, a fresh JVM timed from `main()`; *upgrade* applies it. *Cold*: the changed entities'")
			.append(" revision against the N tables, a fresh JVM timed from `main()` to the file written (median of")
			.append(" the runs); *CPU* is that JVM's CPU time, every thread, which a busy machine's waits for a core")
			.append(" do not inflate, and *of which model* the first build of the JPA model (Hibernate's bootstrap).")
			.append(" Warm, medians of seven calls: *check* reads the database and diffs (model cached),")
			.append(" *diff* is `Differ` alone on the two schemas, *model* builds Hibernate's metadata again, *schema*")
			.append(" reads the database. *Declared schema*: the same revision, cold, with a declared schema file of")
			.append(" the same tables as the model instead of the entities, so without Hibernate's bootstrap, and its")
			.append(" diff warm.\n\n");
		out.append("| database | entities | first revision | CPU | operations | upgrade | cold | CPU | of which model |")
			.append(" operations | runs | check, warm | diff, warm | model, warm | schema, warm | declared schema, cold |")
			.append(" CPU | diff, warm |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT,
					"| %s | %d | %.0f ms | %.0f ms | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d | %d | %.1f ms | %.1f ms"
							+ " | %.1f ms | %.1f ms | %.0f ms | %.0f ms | %.1f ms |%n",
					result.kind().label(), result.entities(), result.firstNanos() / 1e6, result.firstCpuNanos() / 1e6,
					result.firstOperations(), result.upgradeNanos() / 1e6, result.coldNanos() / 1e6,
					result.coldCpuNanos() / 1e6, result.coldModelNanos() / 1e6, result.operations(), result.runs(),
					result.differencesNanos() / 1e6, result.diffNanos() / 1e6, result.modelNanos() / 1e6,
					result.schemaNanos() / 1e6, result.declaredNanos() / 1e6, result.declaredCpuNanos() / 1e6,
					result.declaredDiffNanos() / 1e6));
		}
		return out.append('\n').toString();
	}

}
