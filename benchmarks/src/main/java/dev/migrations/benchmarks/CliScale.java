package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's cold start: the sample application's jar started as a fresh JVM per command
 * ({@code java -jar app.jar migrations current}), N times, the commands and the ways of starting it interleaved, timed
 * from process start to exit (JVM start included, as a user waits for it), with the process's CPU time beside. The
 * ways of starting it: the plain jar; the jar with the JVM options of the sample's {@code migrate} script (C1 only,
 * the serial collector, no background pre-initialization); and those options on the extracted jar with an
 * application class-data sharing archive (AppCDS) recorded by a training run. {@code alembic current} is timed the
 * same way where Python has Alembic.
 */
final class CliScale {

	/** The JVM options of the sample's {@code migrate} script. */
	static final List<String> TUNED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
			"-Dspring.backgroundpreinitializer.ignore=true");

	private static final List<List<String>> COMMANDS = List.of(List.of("current"), List.of("history"),
			List.of("upgrade", "--sql"));

	private final Options options;

	private final PrintStream progress;

	CliScale(Options options, PrintStream progress) {
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Prepares a database at head, the extracted jar and its archive, then measures every command.
	 * @param runs how many times each command runs in each way
	 * @return the results, one per command and way
	 * @throws Exception when the jar is missing or a command fails
	 */
	List<Result> run(int runs) throws Exception {
		Path jar = this.options.cliJar();
		if (!Files.isRegularFile(jar)) {
			String missing = "No sample application jar at " + jar
					+ "; build it with ./mvnw -pl sample-app -am package -DskipTests, or pass --cli-jar";
			if (this.options.cliOnly()) {
				throw new IllegalStateException(missing);
			}
			this.progress.println(missing + ": the command-line cold start is skipped");
			return List.of();
		}
		Path work = Files.createDirectories(this.options.work().resolve("cli"));
		Path database = work.resolve("sample.db");
		Files.deleteIfExists(database);
		String url = "--spring.datasource.url=jdbc:sqlite:" + database;
		exec(java(List.of(), jar, List.of("upgrade", url)));
		Path extracted = work.resolve("extracted");
		if (Files.exists(extracted)) {
			Benchmark.deleteTree(extracted);
		}
		exec(List.of(javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				extracted.toString()));
		Path extractedJar = extracted.resolve(jar.getFileName());
		Path archive = work.resolve("sample-app.jsa");
		Files.deleteIfExists(archive);
		List<String> training = new ArrayList<>(TUNED);
		training.add("-XX:ArchiveClassesAtExit=" + archive);
		exec(java(training, extractedJar, List.of("history", url)));
		List<String> cds = new ArrayList<>(TUNED);
		cds.add("-XX:SharedArchiveFile=" + archive);
		Map<String, Way> ways = new LinkedHashMap<>();
		ways.put("jar", new Way(List.of(), jar));
		ways.put("jar, migrate's JVM options", new Way(TUNED, jar));
		ways.put("extracted jar + AppCDS, migrate's JVM options", new Way(cds, extractedJar));
		Map<String, List<long[]>> figures = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>(ways.keySet());
		for (int run = 0; run < runs; run++) {
			for (List<String> command : COMMANDS) {
				Collections.rotate(labels, 1);
				for (String label : labels) {
					Way way = ways.get(label);
					List<String> args = new ArrayList<>(command);
					args.add(url);
					long[] measured = exec(java(way.options(), way.jar(), args));
					figures.computeIfAbsent(String.join(" ", command) + "|" + label, (key) -> new ArrayList<>())
						.add(measured);
					this.progress.println(String.format(Locale.ROOT, "cli [%d/%d] %s (%s): %.0f ms, CPU %.0f ms",
							run + 1, runs, String.join(" ", command), label, measured[0] / 1e6, measured[1] / 1e6));
				}
			}
		}
		List<Result> results = new ArrayList<>();
		for (List<String> command : COMMANDS) {
			for (String label : ways.keySet()) {
				List<long[]> measured = figures.get(String.join(" ", command) + "|" + label);
				results.add(new Result(String.join(" ", command), label, measured.size(), median(measured, 0),
						median(measured, 1)));
			}
		}
		results.addAll(alembic(runs));
		return results;
	}

	// alembic current on an empty SQLite database, where Python has Alembic; none otherwise.
	private List<Result> alembic(int runs) throws IOException, InterruptedException {
		if (!Alembic.available()) {
			return List.of();
		}
		Path project = Alembic.project(Files.createDirectories(this.options.work().resolve("cli-alembic")));
		List<long[]> figures = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			figures.add(exec(Alembic.current(project)));
		}
		return List.of(new Result("alembic current", "python3 -m alembic", runs, median(figures, 0),
				median(figures, 1)));
	}

	private static List<String> java(List<String> options, Path jar, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(javaBinary());
		command.addAll(options);
		command.add("-jar");
		command.add(jar.toString());
		command.add("migrations");
		command.addAll(args);
		return command;
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	// Wall-clock time from process start to exit, and the process's CPU time (user and system) as time(1) reads it.
	static long[] exec(List<String> command) throws IOException, InterruptedException {
		Path times = Files.createTempFile("cli-time", ".txt");
		Path output = Files.createTempFile("cli-out", ".txt");
		List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
		timed.addAll(command);
		try {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			int exit = process.waitFor();
			long wall = System.nanoTime() - start;
			if (exit != 0) {
				throw new IOException("Exit code " + exit + " from " + String.join(" ", command) + "\n"
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
			String[] cpu = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
			long cpuNanos = Math.round((Double.parseDouble(cpu[cpu.length - 2]) + Double.parseDouble(cpu[cpu.length - 1]))
					* 1e9);
			return new long[] { wall, cpuNanos };
		}
		finally {
			Files.deleteIfExists(times);
			Files.deleteIfExists(output);
		}
	}

	private static long median(List<long[]> figures, int index) {
		List<Long> values = new ArrayList<>();
		figures.forEach((figure) -> values.add(figure[index]));
		Collections.sort(values);
		return values.get(values.size() / 2);
	}

	private record Way(List<String> options, Path jar) {

	}

	/**
	 * The medians of one command started one way.
	 *
	 * @param command the command
	 * @param way how the JVM was started
	 * @param runs the number of runs
	 * @param wallNanos the median time from process start to exit
	 * @param cpuNanos the median CPU time of the process
	 */
	record Result(String command, String way, int runs, long wallNanos, long cpuNanos) {

	}

	static String report(List<Result> results) {
		if (results.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("### Command-line cold start\n\n");
		out.append("The sample application's command line (`java -jar sample-app.jar migrations <command>`, SQLite, the")
			.append(" database at head) started as a fresh JVM per command, the commands and the ways of starting")
			.append(" interleaved; medians of wall-clock time from process start to exit (JVM start included) and of")
			.append(" the process's CPU time (user + system).\n\n");
		out.append("| command | started as | runs | wall | CPU |\n|---|---|---:|---:|---:|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %.2f s | %.2f s |%n", result.command(),
					result.way(), result.runs(), result.wallNanos() / 1e9, result.cpuNanos() / 1e9));
		}
		if (results.stream().noneMatch((result) -> result.command().startsWith("alembic"))) {
			out.append("\n`alembic current`: not measured, Python on this machine has no Alembic")
				.append(" (`python3 -c 'import alembic'` fails).\n");
		}
		return out.append('\n').toString();
	}

}
