package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.benchmarks.contestant.OursContestant;
import dev.migrations.benchmarks.workload.Workload;
import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * Compares builds of the engine (jars of {@code migrations-spring-boot-autoconfigure}, or its classes directory)
 * with each other and with raw JDBC, in interleaved rounds: in each, on a fresh database per run, raw JDBC and then
 * every build apply W(N), and each runs the cold no-op at head on a database it applied; the builds' order alternates
 * from round to round. The report gives medians and, build against build and build against raw JDBC, the median of
 * the per-round differences with how many rounds went each way: on a busy machine a steadier answer than comparing
 * two runs of the whole benchmark. Arguments: {@code --jars a.jar,b.jar}, then the driver's options, of which
 * {@code --repetitions} (the rounds), {@code --sizes} (one N), {@code --databases}, {@code --work} and
 * {@code --postgres} apply.
 */
public final class JarComparison {

	/** The operations compared. */
	static final List<String> OPERATIONS = List.of("apply", "at-head");

	/** The baseline's name in the report. */
	static final String RAW_JDBC = "raw JDBC";

	private final Options options;

	private final List<Path> jars;

	private final Launcher launcher;

	private final PrintStream progress;

	JarComparison(Options options, List<Path> jars, PrintStream progress) throws IOException {
		if (jars.isEmpty()) {
			throw new IllegalArgumentException("Name the builds to compare: --jars before.jar,after.jar");
		}
		if (options.sizes().size() != 1) {
			throw new IllegalArgumentException("Compare at one size: --sizes N, got " + options.sizes());
		}
		for (Path jar : jars) {
			if (!Files.exists(jar)) {
				throw new IllegalArgumentException("No build of the engine at " + jar + ": copy a jar of"
						+ " migrations-spring-boot-autoconfigure there (from its target directory) or name another");
			}
		}
		if (options.databases().contains(DatabaseKind.POSTGRESQL) && !options.postgres().isAvailable()) {
			throw new IllegalArgumentException("No PostgreSQL at " + options.postgres()
					+ "; start it or pass --databases sqlite");
		}
		this.options = options;
		this.jars = List.copyOf(jars);
		this.launcher = new Launcher(options.classpath(), options.work(), options.jvmOptions());
		this.progress = progress;
	}

	public static void main(String[] args) throws Exception {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		int at = rest.indexOf("--jars");
		if (at < 0 || at + 1 >= rest.size()) {
			throw new IllegalArgumentException("Name the builds to compare: --jars before.jar,after.jar");
		}
		List<Path> jars = Arrays.stream(rest.get(at + 1).split(","))
			.map((jar) -> Path.of(jar.strip()).toAbsolutePath())
			.toList();
		rest.subList(at, at + 2).clear();
		List<String> withDefaults = new ArrayList<>(List.of("--sizes", "100", "--repetitions", "12"));
		withDefaults.addAll(rest);
		Options options = Options.parse(withDefaults.toArray(String[]::new));
		JarComparison comparison = new JarComparison(options, jars, System.err);
		String report = report(comparison.run(), comparison.names());
		Files.createDirectories(options.work());
		Path file = options.work().resolve("comparison.md");
		Files.writeString(file, report);
		System.out.println(report);
		System.out.println("Report written to " + file);
	}

	/**
	 * Runs the rounds.
	 * @return per database and operation, each variant's figures (wall and main-thread CPU, ns) by round
	 * @throws Exception when a run fails or leaves the wrong number of workload objects
	 */
	Map<String, Map<String, Map<Integer, long[]>>> run() throws Exception {
		int size = this.options.sizes().get(0);
		Path root = Files.createTempDirectory(Files.createDirectories(this.options.work()), "comparison");
		WorkloadFiles files = WorkloadFiles.write(root, new Workload(size));
		Map<String, Map<String, Map<Integer, long[]>>> figures = new LinkedHashMap<>();
		for (int round = 0; round < this.options.repetitions(); round++) {
			for (DatabaseKind kind : this.options.databases()) {
				for (String operation : OPERATIONS) {
					Map<String, Map<Integer, long[]>> group = figures
						.computeIfAbsent(kind.label() + " " + operation, (key) -> new LinkedHashMap<>());
					for (int variant : order(round)) {
						long[] measured = measure(variant, kind, operation, files);
						group.computeIfAbsent(names().get(variant), (key) -> new LinkedHashMap<>())
							.put(round, measured);
					}
				}
			}
			this.progress.println(String.format(Locale.ROOT, "[%d/%d] compared", round + 1,
					this.options.repetitions()));
		}
		return figures;
	}

	/**
	 * Returns the variants' names: raw JDBC, then each build's position and file name.
	 * @return the names, the builds in the order of {@code --jars}
	 */
	List<String> names() {
		List<String> names = new ArrayList<>(List.of(RAW_JDBC));
		for (int i = 0; i < this.jars.size(); i++) {
			names.add((i + 1) + ". " + this.jars.get(i).getFileName());
		}
		return names;
	}

	// Raw JDBC first, then the builds, in reverse order every other round.
	private List<Integer> order(int round) {
		List<Integer> order = new ArrayList<>();
		for (int i = 1; i <= this.jars.size(); i++) {
			order.add(i);
		}
		if (round % 2 == 1) {
			Collections.reverse(order);
		}
		order.add(0, 0);
		return order;
	}

	// Wall time and main-thread CPU of one cold run on a fresh database; at head, after an unmeasured apply.
	private long[] measure(int variant, DatabaseKind kind, String operation, WorkloadFiles files) throws Exception {
		try (ScratchDatabase database = ScratchDatabase.create(kind, this.options)) {
			if (operation.equals("at-head")) {
				coldRun(variant, "apply", database, files);
			}
			long[] figures = coldRun(variant, operation, database, files);
			database.requireWorkloadObjects(names().get(variant), "after " + operation,
					2 * files.workload().size());
			return new long[] { figures[0], operation.equals("apply") ? figures[1] : figures[3] };
		}
	}

	private long[] coldRun(int variant, String operation, ScratchDatabase database, WorkloadFiles files)
			throws IOException, InterruptedException {
		List<String> arguments = List.of(operation, database.kind().label(), database.url(), files.root().toString(),
				String.valueOf(files.workload().size()));
		if (variant == 0) {
			return this.launcher.runContestant(Contender.JDBC, arguments);
		}
		List<String> withClass = new ArrayList<>(List.of(OursContestant.class.getName()));
		withClass.addAll(arguments);
		return this.launcher.runMain(this.launcher.classpathWithEngine(this.jars.get(variant - 1)),
				ColdRun.class.getName(), List.of(), withClass);
	}

	/**
	 * Writes the comparison as Markdown: per database and operation, each variant's medians, then each build against
	 * raw JDBC and against the build before it, as medians of the per-round differences.
	 * @param figures what {@link #run()} measured
	 * @param names the variants, raw JDBC first
	 * @return the report
	 */
	static String report(Map<String, Map<String, Map<Integer, long[]>>> figures, List<String> names) {
		StringBuilder out = new StringBuilder("### Builds compared, interleaved\n\nMilliseconds, medians of the rounds;"
				+ " a difference is the median of the per-round differences, with how many rounds were lower.\n\n");
		out.append("| database and operation | variant | rounds | wall | main-thread CPU | wall − raw JDBC"
				+ " | CPU − raw JDBC | wall − previous build | CPU − previous build |\n");
		out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
		for (Map.Entry<String, Map<String, Map<Integer, long[]>>> group : figures.entrySet()) {
			Map<Integer, long[]> raw = group.getValue().getOrDefault(RAW_JDBC, Map.of());
			for (int i = 0; i < names.size(); i++) {
				Map<Integer, long[]> own = group.getValue().getOrDefault(names.get(i), Map.of());
				Map<Integer, long[]> previous = (i >= 2) ? group.getValue().getOrDefault(names.get(i - 1), Map.of())
						: Map.of();
				out.append("| ").append(group.getKey()).append(" | ").append(names.get(i)).append(" | ")
					.append(own.size()).append(" | ").append(median(own, 0)).append(" | ").append(median(own, 1))
					.append(" | ").append((i == 0) ? "" : difference(own, raw, 0)).append(" | ")
					.append((i == 0) ? "" : difference(own, raw, 1)).append(" | ")
					.append(previous.isEmpty() ? "" : difference(own, previous, 0)).append(" | ")
					.append(previous.isEmpty() ? "" : difference(own, previous, 1)).append(" |\n");
			}
		}
		return out.toString();
	}

	private static String median(Map<Integer, long[]> figures, int index) {
		if (figures.isEmpty()) {
			return Report.NONE;
		}
		return Report.millis(Report.medianOf(figures.values().stream().map((figure) -> (double) figure[index])
			.toList()));
	}

	// The median of the per-round differences, signed, and how many of the rounds both ran were lower.
	static String difference(Map<Integer, long[]> figures, Map<Integer, long[]> baseline, int index) {
		List<Double> differences = new ArrayList<>();
		int lower = 0;
		for (Map.Entry<Integer, long[]> entry : figures.entrySet()) {
			long[] other = baseline.get(entry.getKey());
			if (other != null) {
				long difference = entry.getValue()[index] - other[index];
				differences.add((double) difference);
				if (difference < 0) {
					lower++;
				}
			}
		}
		if (differences.isEmpty()) {
			return Report.NONE;
		}
		double median = Report.medianOf(differences);
		return ((median >= 0) ? "+" : "") + Report.millis(median) + " (" + lower + " of " + differences.size()
				+ " lower)";
	}

}
