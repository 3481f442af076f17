package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.benchmarks.workload.Workload;
import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * The benchmark driver: measures the graph scale, writes W(N) in every format, then, for each repetition, size and
 * database, runs every contestant on a fresh database (apply, no-op at head, downgrade), in an order that rotates
 * between repetitions so that the machine's drift falls on everyone alike. Stops starting runs at the time limit, and
 * writes a Markdown report of what it measured.
 */
public final class Benchmark {

	private final Options options;

	private final Launcher launcher;

	private final PrintStream progress;

	private final List<Sample> samples = new ArrayList<>();

	private final long started = System.nanoTime();

	Benchmark(Options options, PrintStream progress) throws IOException {
		this.options = options;
		this.launcher = new Launcher(options.classpath(), options.work(), options.jvmOptions());
		this.progress = progress;
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		if (options.graphOnly() && options.graphSize() <= 0) {
			throw new IllegalArgumentException("'--only graph' needs a '--graph-size' above 0");
		}
		Benchmark benchmark = new Benchmark(options, System.err);
		Files.createDirectories(options.work());
		String before = Environment.load();
		String beforeSync = "disk sync " + Environment.syncLatency(options.work());
		long start = System.nanoTime();
		// The graph scale first: it is short, and the repetitions stop at the time limit.
		List<GraphScale.Result> graphs = (options.graphSize() > 0 && (!options.extraOnly() || options.graphOnly()))
				? new GraphScale(benchmark.launcher, options.work(), System.err).run(options.graphSize()) : List.of();
		List<IntrospectionScale.Result> introspections = (options.introspectTables() > 0
				&& (!options.extraOnly() || options.introspectOnly()))
				? new IntrospectionScale(benchmark.launcher, options, System.err).run(options.introspectTables())
				: List.of();
		List<RebuildScale.Result> rebuilds = (options.rebuildRows() > 0
				&& (!options.extraOnly() || options.rebuildOnly()))
				? new RebuildScale(benchmark.launcher, options, System.err).run(options.rebuildRows()) : List.of();
		List<StairwayScale.Result> stairways = (options.stairwayRevisions() > 0
				&& (!options.extraOnly() || options.stairwayOnly()))
				? new StairwayScale(benchmark.launcher, options, System.err).run(options.stairwayRevisions())
				: List.of();
		List<StartupScale.Result> startups = (options.startupRevisions() > 0
				&& (!options.extraOnly() || options.startupOnly()))
				? new StartupScale(benchmark.launcher, options, System.err).run(options.startupRevisions())
				: List.of();
		List<AutogenerateScale.Result> autogenerates = (options.autogenerateEntities() > 0
				&& (!options.extraOnly() || options.autogenerateOnly()))
				? new AutogenerateScale(benchmark.launcher, options, System.err, AutogenerateScale.RUNS)
					.run(options.autogenerateEntities())
				: List.of();
		List<CliScale.Result> cli = (options.cliRuns() > 0 && (!options.extraOnly() || options.cliOnly()))
				? new CliScale(options, System.err).run(options.cliRuns()) : List.of();
		List<Sample> samples = options.extraOnly() ? List.of() : benchmark.run();
		String environment = Environment.describe(options,
				!options.graphOnly() && options.databases().contains(DatabaseKind.POSTGRESQL))
				+ "* at the start of the run: " + before + "; " + beforeSync + "\n"
				+ "* run: " + Math.round((System.nanoTime() - start) / 60e9) + " min, options "
				+ (args.length == 0 ? "(defaults)" : String.join(" ", args)) + "\n";
		String report = "### Environment\n\n" + environment + "\n" + new Report(samples, options).markdown(graphs,
				introspections) + RebuildScale.report(rebuilds) + StairwayScale.report(stairways)
				+ StartupScale.report(startups)
				+ AutogenerateScale.report(autogenerates) + CliScale.report(cli);
		Files.createDirectories(options.report().getParent());
		Files.writeString(options.report(), report);
		Files.writeString(options.work().resolve("samples.csv"), new Report(samples, options).csv());
		System.out.println(report);
		System.err.println("Report written to " + options.report());
	}

	/**
	 * Runs every repetition.
	 * @return the samples
	 * @throws Exception when a contestant fails or does not do the work
	 */
	List<Sample> run() throws Exception {
		Map<Integer, WorkloadFiles> workloads = new LinkedHashMap<>();
		Path workloadRoot = Files.createDirectories(this.options.work().resolve("workloads"));
		for (int size : this.options.sizes()) {
			Path existing = workloadRoot.resolve("w" + size);
			if (Files.exists(existing)) {
				deleteTree(existing);
			}
			workloads.put(size, WorkloadFiles.write(workloadRoot, new Workload(size)));
		}
		Path atHead = this.options.work().resolve("limit-at-head.sql");
		Files.writeString(atHead, "SELECT version_num FROM limit_version;\n");
		boolean postgres = this.options.databases().contains(DatabaseKind.POSTGRESQL);
		if (postgres && !this.options.postgres().isAvailable()) {
			throw new IllegalStateException("No PostgreSQL at " + this.options.postgres()
					+ "; start it or pass --databases sqlite");
		}
		long deadline = this.started + this.options.timeLimit().toNanos();
		for (int repetition = 0; repetition < this.options.repetitions(); repetition++) {
			for (WorkloadFiles files : workloads.values()) {
				if (!this.options.runs(files.workload().size(), repetition)) {
					continue;
				}
				for (DatabaseKind kind : this.options.databases()) {
					List<Contender> order = new ArrayList<>(this.options.contenders(files.workload().size()));
					Collections.rotate(order, -repetition);
					for (Contender contender : order) {
						if (System.nanoTime() > deadline) {
							this.progress.println("Time limit of " + this.options.timeLimit().toMinutes()
									+ " min reached: the report has the repetitions done so far");
							return List.copyOf(this.samples);
						}
						runOne(repetition, kind, files, contender, atHead, deadline);
					}
				}
			}
		}
		return List.copyOf(this.samples);
	}

	// Past the deadline, the operations not started yet are left out; the report shows the repetitions it has.
	private void runOne(int repetition, DatabaseKind kind, WorkloadFiles files, Contender contender, Path atHead,
			long deadline) throws Exception {
		int size = files.workload().size();
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%d/%d] %s N=%d %s:", repetition + 1,
				this.options.repetitions(), kind.label(), size, contender.label()));
		try (ScratchDatabase database = ScratchDatabase.create(kind, this.options)) {
			long[] apply = (contender.isJvm()) ? jvm(contender, "apply", database, files)
					: new long[] { this.launcher.time(database.cliCommand(files.limitUpgrade())) };
			database.requireWorkloadObjects(contender.label(), "after apply", 2 * size);
			record(kind, size, contender, Operation.APPLY, repetition, apply[0], line);
			recordCpu(kind, size, contender, Operation.APPLY_CPU, repetition, apply, 1, line);
			if (System.nanoTime() > deadline) {
				this.progress.println(line);
				return;
			}
			if (contender.isJvm()) {
				long[] times = jvm(contender, "at-head", database, files);
				record(kind, size, contender, Operation.AT_HEAD_COLD, repetition, times[0], line);
				record(kind, size, contender, Operation.AT_HEAD_WARM, repetition, times[1], line);
				record(kind, size, contender, Operation.AT_HEAD_REUSED, repetition, times[2], line);
				recordCpu(kind, size, contender, Operation.AT_HEAD_COLD_CPU, repetition, times, 3, line);
				record(kind, size, contender, Operation.AT_HEAD_POOLED, repetition, times[4], line);
			}
			else {
				long time = this.launcher.time(database.cliCommand(atHead));
				record(kind, size, contender, Operation.AT_HEAD_COLD, repetition, time, line);
			}
			database.requireWorkloadObjects(contender.label(), "after no-op at head", 2 * size);
			if (contender.canDowngrade() && System.nanoTime() <= deadline) {
				long downgrade = (contender.isJvm()) ? jvm(contender, "downgrade", database, files)[0]
						: this.launcher.time(database.cliCommand(files.limitDowngrade()));
				database.requireWorkloadObjects(contender.label(), "after downgrade", 0);
				record(kind, size, contender, Operation.DOWNGRADE, repetition, downgrade, line);
			}
		}
		this.progress.println(line);
	}

	private long[] jvm(Contender contender, String operation, ScratchDatabase database, WorkloadFiles files)
			throws IOException, InterruptedException {
		return this.launcher.runContestant(contender, List.of(operation, database.kind().label(), database.url(),
				files.root().toString(), String.valueOf(files.workload().size())));
	}

	private void record(DatabaseKind kind, int size, Contender contender, Operation operation, int repetition,
			long nanos, StringBuilder line) {
		Sample sample = new Sample(kind.label(), size, contender, operation, repetition, nanos);
		this.samples.add(sample);
		line.append(String.format(Locale.ROOT, " %s %.1f ms;", operation.label(), sample.millis()));
	}

	// The main thread's CPU time a JVM contestant reports after its times, where it could read it.
	private void recordCpu(DatabaseKind kind, int size, Contender contender, Operation operation, int repetition,
			long[] figures, int index, StringBuilder line) {
		if (figures.length > index && figures[index] >= 0) {
			record(kind, size, contender, operation, repetition, figures[index], line);
		}
	}

	static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
