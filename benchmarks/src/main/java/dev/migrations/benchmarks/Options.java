package dev.migrations.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.migrations.benchmarks.ScratchDatabase.PostgresServer;
import dev.migrations.benchmarks.contestant.DatabaseKind;

/**
 * The driver's settings, from {@code --name value} arguments.
 *
 * @param repetitions how many times every contestant runs every operation
 * @param sizes the workload sizes N
 * @param databases the databases to run on
 * @param contenders the contestants
 * @param largeSize the size from which only {@code largeContenders} run
 * @param largeContenders the contestants that run the large sizes
 * @param largeRepetitions how many of the repetitions run the large sizes
 * @param timeLimit when to stop starting runs; the report has the repetitions done by then
 * @param graphSize the number of revisions of the graph-scale shapes, 0 to skip them
 * @param graphOnly whether to measure the graph scale alone, without the database runs
 * @param introspectTables the number of tables of the introspection schema, 0 to skip it
 * @param introspectOnly whether to measure introspection alone
 * @param rebuildRows the number of rows of the SQLite rebuild table, 0 to skip it
 * @param rebuildOnly whether to measure the SQLite rebuild alone
 * @param stairwayRevisions the number of revisions the test kit's stairway runs over, 0 to skip it
 * @param stairwayOnly whether to measure the stairway alone
 * @param startupRevisions the revisions pending in the Spring startup benchmark, 0 to skip it
 * @param startupOnly whether to measure the Spring startup alone
 * @param autogenerateEntities the number of JPA entities (and tables) of the autogenerate run, 0 to skip it
 * @param autogenerateOnly whether to measure autogenerate alone
 * @param cliRuns how many times the command-line cold start runs each command each way, 0 to skip it
 * @param cliOnly whether to measure the command-line cold start alone
 * @param cliJar the sample application's jar the command-line cold start starts
 * @param postgres the PostgreSQL server
 * @param work the directory for workloads, scratch databases and raw results
 * @param report the Markdown report to write
 * @param classpath the module's classpath, from which each JVM gets its part
 * @param jvmOptions options added to every measured JVM
 */
public record Options(int repetitions, List<Integer> sizes, List<DatabaseKind> databases, List<Contender> contenders,
		int largeSize, List<Contender> largeContenders, int largeRepetitions, Duration timeLimit, int graphSize,
		boolean graphOnly, int introspectTables, boolean introspectOnly, int rebuildRows, boolean rebuildOnly,
		int stairwayRevisions, boolean stairwayOnly, int startupRevisions, boolean startupOnly, int autogenerateEntities,
		boolean autogenerateOnly, int cliRuns, boolean cliOnly, Path cliJar, PostgresServer postgres, Path work, Path report, String classpath,
		List<String> jvmOptions) {

	/** The settings of the full run that {@code src/docs/performance.md} reports. */
	private static final String[] DEFAULTS = { "--repetitions", "5", "--sizes", "100,1000,10000", "--databases",
			"sqlite,postgresql", "--contenders", "cli,jdbc,ours,flyway,liquibase", "--large-size", "10000",
			"--large-contenders", "cli,jdbc,ours", "--large-repetitions", "3", "--time-limit", "25", "--graph-size",
			"10000", "--introspect-tables", "500", "--rebuild-rows", "1000000", "--stairway-revisions", "100",
			"--startup-revisions", "100", "--autogenerate-entities", "200", "--cli-runs", "5", "--cli-jar",
			"../sample-app/target/sample-app-0.1.0-SNAPSHOT.jar", "--only", "all", "--postgres",
			"127.0.0.1:5432", "--postgres-user", "postgres", "--work", "target/bench" };

	public Options {
		sizes = List.copyOf(sizes);
		databases = List.copyOf(databases);
		contenders = List.copyOf(contenders);
		largeContenders = List.copyOf(largeContenders);
		jvmOptions = List.copyOf(jvmOptions);
	}

	/**
	 * Reads the arguments over the defaults.
	 * @param args {@code --name value} pairs
	 * @return the settings
	 */
	public static Options parse(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(DEFAULTS));
		all.addAll(Arrays.asList(args));
		java.util.Map<String, String> values = new java.util.HashMap<>();
		List<String> jvmOptions = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 2) {
			String name = all.get(i);
			if (!name.startsWith("--") || i + 1 >= all.size()) {
				throw new IllegalArgumentException("Expected '--name value' pairs, got '" + name + "'");
			}
			if (name.equals("--jvm-option")) {
				jvmOptions.add(all.get(i + 1));
			}
			else {
				values.put(name.substring(2), all.get(i + 1));
			}
		}
		Path work = Path.of(values.get("work")).toAbsolutePath();
		String[] postgres = values.get("postgres").split(":");
		return new Options(Integer.parseInt(values.get("repetitions")), list(values.get("sizes")).stream()
			.map(Integer::valueOf)
			.toList(), list(values.get("databases")).stream().map(DatabaseKind::of).toList(),
				contenders(values.get("contenders")), Integer.parseInt(values.get("large-size")),
				contenders(values.get("large-contenders")), Integer.parseInt(values.get("large-repetitions")),
				Duration.ofMinutes(Long.parseLong(values.get("time-limit"))), Integer.parseInt(values.get("graph-size")),
				only(values.get("only")).equals("graph"), Integer.parseInt(values.get("introspect-tables")),
				only(values.get("only")).equals("introspect"), Integer.parseInt(values.get("rebuild-rows")),
				only(values.get("only")).equals("rebuild"), Integer.parseInt(values.get("stairway-revisions")),
				only(values.get("only")).equals("stairway"), Integer.parseInt(values.get("startup-revisions")),
				only(values.get("only")).equals("startup"),
				Integer.parseInt(values.get("autogenerate-entities")),
				only(values.get("only")).equals("autogenerate"), Integer.parseInt(values.get("cli-runs")),
				only(values.get("only")).equals("cli"), Path.of(values.get("cli-jar")).toAbsolutePath().normalize(),
				new PostgresServer(postgres[0], Integer.parseInt(postgres[1]), values.get("postgres-user")), work,
				Path.of(values.getOrDefault("report", work.resolve("results.md").toString())).toAbsolutePath(),
				values.getOrDefault("classpath", System.getProperty("java.class.path")), jvmOptions);
	}

	/**
	 * Whether only one of the extra measurements runs, without the database runs of the workloads.
	 * @return {@code true} for {@code --only graph}, {@code introspect}, {@code rebuild}, {@code stairway},
	 * {@code startup}, {@code autogenerate} or {@code cli}
	 */
	public boolean extraOnly() {
		return this.graphOnly || this.introspectOnly || this.rebuildOnly || this.stairwayOnly || this.startupOnly
				|| this.autogenerateOnly || this.cliOnly;
	}

	/**
	 * Returns the contestants that run a size.
	 * @param size the workload size
	 * @return the contestants, in the configured order
	 */
	public List<Contender> contenders(int size) {
		return (size < this.largeSize) ? this.contenders
				: this.contenders.stream().filter(this.largeContenders::contains).toList();
	}

	/**
	 * Whether a repetition runs a size: the large sizes run in the first {@code largeRepetitions} only.
	 * @param size the workload size
	 * @param repetition the repetition, from 0
	 * @return {@code true} if it runs
	 */
	public boolean runs(int size, int repetition) {
		return size < this.largeSize || repetition < this.largeRepetitions;
	}

	private static String only(String value) {
		return switch (value) {
			case "all", "graph", "introspect", "rebuild", "stairway", "startup", "autogenerate", "cli" -> value;
			default -> throw new IllegalArgumentException("Expected '--only all', '--only graph', '--only introspect',"
					+ " '--only rebuild', '--only stairway', '--only startup', '--only autogenerate' or '--only cli', got '"
					+ value + "'");
		};
	}

	private static List<Contender> contenders(String value) {
		return list(value).stream().map((name) -> Contender.valueOf(name.toUpperCase(Locale.ROOT))).toList();
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

}
