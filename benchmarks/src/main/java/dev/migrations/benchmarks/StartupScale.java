package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.benchmarks.startup.StartupApplication;
import dev.migrations.benchmarks.workload.Workload;
import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * The Spring startup benchmark: the same small application ({@link StartupApplication}) started in a fresh JVM with
 * no migration tool, with this starter, and with Spring Boot's Flyway and Liquibase integration, on a fresh database
 * with the N revisions of W(N) pending, then again at head; timed to {@code ApplicationReadyEvent}. Each repetition
 * runs every variant on every database, in an order that rotates between repetitions.
 */
final class StartupScale {

	private final Launcher launcher;

	private final Options options;

	private final PrintStream progress;

	StartupScale(Launcher launcher, Options options, PrintStream progress) {
		this.launcher = launcher;
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Writes W(N) in every tool's format and runs every repetition.
	 * @param revisions N
	 * @return one result per run
	 * @throws Exception when a run fails or a tool does not migrate
	 */
	List<Result> run(int revisions) throws Exception {
		Path root = Files.createDirectories(this.options.work().resolve("startup"));
		Path existing = root.resolve("w" + revisions);
		if (Files.exists(existing)) {
			Benchmark.deleteTree(existing);
		}
		WorkloadFiles files = WorkloadFiles.write(root, new Workload(revisions));
		List<Result> results = new ArrayList<>();
		for (int repetition = 0; repetition < this.options.repetitions(); repetition++) {
			for (DatabaseKind kind : this.options.databases()) {
				List<StartupTool> order = new ArrayList<>(Arrays.asList(StartupTool.values()));
				Collections.rotate(order, -repetition);
				for (StartupTool tool : order) {
					try (ScratchDatabase database = ScratchDatabase.create(kind, this.options)) {
						int expected = (tool == StartupTool.NONE) ? 0 : 2 * revisions;
						long[] pending = start(tool, database, files, expected);
						long[] atHead = start(tool, database, files, expected);
						results.add(new Result(kind, revisions, tool, repetition, pending[0], atHead[0], pending[1],
								atHead[1]));
						this.progress.println(String.format(Locale.ROOT,
								"[%d/%d] startup %s N=%d %s: pending %.0f ms (CPU %.0f); at head %.0f ms (CPU %.0f)",
								repetition + 1, this.options.repetitions(), kind.label(), revisions, tool.label(),
								pending[0] / 1e6, pending[1] / 1e6, atHead[0] / 1e6, atHead[1] / 1e6));
					}
				}
			}
		}
		return results;
	}

	private long[] start(StartupTool tool, ScratchDatabase database, WorkloadFiles files, int expected)
			throws IOException, InterruptedException, SQLException {
		long[] figures = this.launcher.runMain(this.launcher.classpath(tool.artifacts()),
				StartupApplication.class.getName(), List.of(), tool.arguments(database.url(), files));
		database.requireWorkloadObjects(tool.label(), "at startup", expected);
		return figures;
	}

	/**
	 * One variant's two starts on one fresh database.
	 *
	 * @param kind the database
	 * @param revisions N
	 * @param tool the variant
	 * @param repetition the repetition, from 0
	 * @param pendingNanos the start with the N revisions pending, to {@code ApplicationReadyEvent}
	 * @param atHeadNanos the next start, at head
	 * @param pendingCpuNanos the main thread's CPU time by {@code ApplicationReadyEvent} of the first start
	 * @param atHeadCpuNanos the same of the start at head
	 */
	record Result(DatabaseKind kind, int revisions, StartupTool tool, int repetition, long pendingNanos,
			long atHeadNanos, long pendingCpuNanos, long atHeadCpuNanos) {

	}

	static String report(List<Result> results) {
		if (results.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("### Spring startup\n\n");
		out.append("The same small application (auto-configuration, a Hikari pool, a runner that reads one row) in a")
			.append(" fresh JVM, timed from `main()` to `ApplicationReadyEvent`: with no migration tool, with this")
			.append(" starter, and with Spring Boot's Flyway and Liquibase integration, each with its own jars only.")
			.append(" *Pending* is the first start on a fresh database with the N revisions to apply, *at head* the")
			.append(" next start, with nothing to do. *Adds* is a tool's time less the no-tool start's in the same")
			.append(" repetition, median of the repetitions. The second table is the main thread's CPU time by then")
			.append(" (JVM start included), which a busy machine's waits for a core do not inflate.\n\n");
		table(out, results, false);
		out.append("Main thread's CPU time, ms:\n\n");
		table(out, results, true);
		return out.toString();
	}

	private static void table(StringBuilder out, List<Result> results, boolean cpu) {
		out.append("| database | N | state | reps | no tool | migrations starter | Boot + Flyway | Boot + Liquibase |")
			.append(" adds: starter | adds: Flyway | adds: Liquibase | starter adds ÷ Flyway adds |\n")
			.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (DatabaseKind kind : DatabaseKind.values()) {
			List<Result> ofKind = results.stream().filter((result) -> result.kind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			row(out, ofKind, "pending", true, cpu);
			row(out, ofKind, "at head", false, cpu);
		}
		out.append('\n');
	}

	private static void row(StringBuilder out, List<Result> results, String state, boolean pending, boolean cpu) {
		int repetitions = (int) results.stream().map(Result::repetition).distinct().count();
		out.append(String.format(Locale.ROOT, "| %s | %d | %s | %d |", results.get(0).kind().label(),
				results.get(0).revisions(), state, repetitions));
		for (StartupTool tool : StartupTool.values()) {
			out.append(' ').append(format(median(results.stream()
				.filter((result) -> result.tool() == tool)
				.map((result) -> millis(result, pending, cpu))
				.toList()))).append(" |");
		}
		List<Double> flywayAdds = adds(results, StartupTool.FLYWAY, pending, cpu);
		for (StartupTool tool : List.of(StartupTool.OURS, StartupTool.FLYWAY, StartupTool.LIQUIBASE)) {
			out.append(' ').append(format(median(adds(results, tool, pending, cpu)))).append(" |");
		}
		List<Double> oursAdds = adds(results, StartupTool.OURS, pending, cpu);
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < Math.min(oursAdds.size(), flywayAdds.size()); i++) {
			if (flywayAdds.get(i) > 0) {
				ratios.add(oursAdds.get(i) / flywayAdds.get(i));
			}
		}
		@Nullable Double ratio = median(ratios);
		out.append(' ').append((ratio == null) ? "–" : String.format(Locale.ROOT, "%.2fx", ratio)).append(" |\n");
	}

	// A tool's time less the no-tool start's in the same repetition, in repetition order.
	private static List<Double> adds(List<Result> results, StartupTool tool, boolean pending, boolean cpu) {
		List<Double> adds = new ArrayList<>();
		for (Result result : results) {
			if (result.tool() != tool) {
				continue;
			}
			results.stream()
				.filter((other) -> other.tool() == StartupTool.NONE && other.repetition() == result.repetition())
				.findFirst()
				.ifPresent((none) -> adds.add(millis(result, pending, cpu) - millis(none, pending, cpu)));
		}
		return adds;
	}

	private static double millis(Result result, boolean pending, boolean cpu) {
		if (cpu) {
			return ((pending) ? result.pendingCpuNanos() : result.atHeadCpuNanos()) / 1e6;
		}
		return ((pending) ? result.pendingNanos() : result.atHeadNanos()) / 1e6;
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static String format(@Nullable Double millis) {
		return (millis == null) ? "–" : String.format(Locale.ROOT, "%,.0f", millis);
	}

}
