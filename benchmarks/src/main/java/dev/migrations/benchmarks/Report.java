package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Turns samples into the Markdown tables of {@code src/docs/performance.md}: medians per contestant, and ratios taken
 * pair by pair within each repetition, then their median, so that the machine's drift cancels.
 */
final class Report {

	static final String NONE = "–";

	private final List<Sample> samples;

	private final Options options;

	Report(List<Sample> samples, Options options) {
		this.samples = List.copyOf(samples);
		this.options = options;
	}

	/**
	 * Renders every table.
	 * @param graphs the graph-scale results
	 * @return the Markdown
	 */
	String markdown(List<GraphScale.Result> graphs) {
		return markdown(graphs, List.of());
	}

	/**
	 * Renders every table, the introspection runs included.
	 * @param graphs the graph-scale results
	 * @param introspections the introspection results
	 * @return the Markdown
	 */
	String markdown(List<GraphScale.Result> graphs, List<IntrospectionScale.Result> introspections) {
		StringBuilder out = new StringBuilder();
		if (this.options.extraOnly()) {
			if (!graphs.isEmpty()) {
				graphScale(out, graphs);
			}
			if (!introspections.isEmpty()) {
				IntrospectionScale.report(out, introspections);
			}
			return out.toString();
		}
		out.append("Milliseconds, median of the repetitions (column reps). The limit is the faster of the CLI and raw")
			.append(" JDBC in each repetition; a ratio is the median of the per-repetition ratios.\n\n");
		applyAndDowngrade(out);
		atHead(out);
		if (!graphs.isEmpty()) {
			graphScale(out, graphs);
		}
		if (!introspections.isEmpty()) {
			IntrospectionScale.report(out, introspections);
		}
		return out.toString();
	}

	/**
	 * Renders the raw samples as CSV.
	 * @return one line per sample
	 */
	String csv() {
		StringBuilder out = new StringBuilder("database,size,contender,operation,repetition,nanos\n");
		for (Sample sample : this.samples) {
			out.append(String.join(",", sample.database(), String.valueOf(sample.size()), sample.contender().name(),
					sample.operation().name(), String.valueOf(sample.repetition()), String.valueOf(sample.nanos())))
				.append('\n');
		}
		return out.toString();
	}

	private void applyAndDowngrade(StringBuilder out) {
		out.append("### Apply and downgrade\n\n");
		out.append("Each JVM contestant timed from `main()` in a fresh JVM, so its first connection and tool loading")
			.append(" count; the CLI from process start to exit. Raw JDBC runs the same statements as the CLI, so")
			.append(" migrations ÷ raw JDBC is the engine's own overhead on the same driver.\n\n");
		out.append("| database | N | operation | reps | CLI | raw JDBC | migrations | Flyway | Liquibase | migrations ÷ limit"
				+ " | migrations ÷ raw JDBC | Flyway ÷ limit | Liquibase ÷ limit | migrations ÷ Flyway"
				+ " | migrations ÷ Liquibase |\n");
		out.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (String database : databases()) {
			for (int size : this.options.sizes()) {
				for (Operation operation : List.of(Operation.APPLY, Operation.DOWNGRADE)) {
					Map<Contender, Map<Integer, Long>> times = times(database, size, operation);
					if (times.isEmpty()) {
						continue;
					}
					Map<Integer, Long> limit = fastest(times.get(Contender.CLI), times.get(Contender.JDBC));
					row(out, database, String.valueOf(size), operation.label(), repetitions(times),
							median(times.get(Contender.CLI)), median(times.get(Contender.JDBC)),
							median(times.get(Contender.OURS)), median(times.get(Contender.FLYWAY)),
							median(times.get(Contender.LIQUIBASE)), ratio(times.get(Contender.OURS), limit),
							ratio(times.get(Contender.OURS), times.get(Contender.JDBC)),
							ratio(times.get(Contender.FLYWAY), limit), ratio(times.get(Contender.LIQUIBASE), limit),
							ratio(times.get(Contender.OURS), times.get(Contender.FLYWAY)),
							ratio(times.get(Contender.OURS), times.get(Contender.LIQUIBASE)));
				}
			}
		}
		out.append('\n');
	}

	private void atHead(StringBuilder out) {
		out.append("### No-op at head, cold\n\n");
		out.append("A fresh JVM, timed from `main()`, tool loading included. Own cost: the cold time less that of the")
			.append(" raw-JDBC program that opens the same connection and reads one row, in the same repetition. The CLI")
			.append(" column is `psql`/`sqlite3` reading the version row, process start to exit.\n\n");
		out.append("| database | N | reps | CLI | raw JDBC | migrations | Flyway | Liquibase | own: migrations | own: Flyway"
				+ " | own: Liquibase | own migrations ÷ own Flyway | own migrations ÷ own Liquibase |\n");
		out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (String database : databases()) {
			for (int size : this.options.sizes()) {
				Map<Contender, Map<Integer, Long>> cold = times(database, size, Operation.AT_HEAD_COLD);
				if (cold.isEmpty()) {
					continue;
				}
				Map<Integer, Long> baseline = cold.get(Contender.JDBC);
				Map<Integer, Long> ours = above(cold.get(Contender.OURS), baseline);
				Map<Integer, Long> flyway = above(cold.get(Contender.FLYWAY), baseline);
				Map<Integer, Long> liquibase = above(cold.get(Contender.LIQUIBASE), baseline);
				row(out, database, String.valueOf(size), repetitions(cold), median(cold.get(Contender.CLI)),
						median(baseline),
						median(cold.get(Contender.OURS)), median(cold.get(Contender.FLYWAY)),
						median(cold.get(Contender.LIQUIBASE)), median(ours), median(flyway), median(liquibase),
						ratio(ours, flyway), ratio(ours, liquibase));
			}
		}
		out.append('\n');
		mainThreadCpu(out);
		out.append("### No-op at head, warm\n\n");
		out.append("Built afresh: a second call in the same JVM, the tool built again from the DataSource (and so")
			.append(" reading its files again). Same instance: a third call, on the tool object the second call built, as")
			.append(" a service holding it as a bean would; Liquibase's and raw JDBC's objects are bound to one")
			.append(" connection, so they have no such figure. Own cost: the same-instance time less raw JDBC's second")
			.append(" call (a new connection and one row read), in the same repetition.\n\n");
		out.append("| database | N | reps | raw JDBC | migrations, built afresh | Flyway, built afresh"
				+ " | Liquibase, built afresh | migrations, same instance | Flyway, same instance"
				+ " | own: migrations, same instance | own: Flyway, same instance |\n");
		out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		for (String database : databases()) {
			for (int size : this.options.sizes()) {
				Map<Contender, Map<Integer, Long>> warm = times(database, size, Operation.AT_HEAD_WARM);
				Map<Contender, Map<Integer, Long>> reused = times(database, size, Operation.AT_HEAD_REUSED);
				if (warm.isEmpty()) {
					continue;
				}
				Map<Integer, Long> baseline = warm.get(Contender.JDBC);
				row(out, database, String.valueOf(size), repetitions(warm), median(baseline),
						median(warm.get(Contender.OURS)), median(warm.get(Contender.FLYWAY)),
						median(warm.get(Contender.LIQUIBASE)), median(reused.get(Contender.OURS)),
						median(reused.get(Contender.FLYWAY)),
						median(above(reused.get(Contender.OURS), baseline)),
						median(above(reused.get(Contender.FLYWAY), baseline)));
			}
		}
		out.append('\n');
		pooled(out);
	}

	private void pooled(StringBuilder out) {
		StringBuilder rows = new StringBuilder();
		for (String database : databases()) {
			for (int size : this.options.sizes()) {
				Map<Contender, Map<Integer, Long>> pooled = times(database, size, Operation.AT_HEAD_POOLED);
				if (pooled.isEmpty()) {
					continue;
				}
				Map<Integer, Long> baseline = pooled.get(Contender.JDBC);
				row(rows, database, String.valueOf(size), repetitions(pooled), median(baseline),
						median(pooled.get(Contender.OURS)), median(pooled.get(Contender.FLYWAY)),
						median(pooled.get(Contender.LIQUIBASE)),
						median(above(pooled.get(Contender.OURS), baseline)),
						median(above(pooled.get(Contender.FLYWAY), baseline)));
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		out.append("### No-op at head, warm, pooled\n\n");
		out.append("The same JVM, then a pool of two connections (HikariCP), as a service has: the tool is built on it by")
			.append(" one call, and the next call is timed; raw JDBC reads the version row a second time. No connection")
			.append(" is opened, so the figure is the tool's own work and its queries. Own: the time above raw JDBC's,")
			.append(" in the same repetition.\n\n");
		out.append("| database | N | reps | raw JDBC | migrations | Flyway | Liquibase | own: migrations | own: Flyway |\n");
		out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		out.append(rows).append('\n');
	}

	private void mainThreadCpu(StringBuilder out) {
		StringBuilder rows = new StringBuilder();
		for (String database : databases()) {
			for (int size : this.options.sizes()) {
				for (Operation operation : List.of(Operation.APPLY_CPU, Operation.AT_HEAD_COLD_CPU)) {
					Map<Contender, Map<Integer, Long>> cpu = times(database, size, operation);
					if (cpu.isEmpty()) {
						continue;
					}
					Map<Integer, Long> baseline = cpu.get(Contender.JDBC);
					String label = (operation == Operation.APPLY_CPU) ? "apply" : "no-op at head";
					row(rows, database, String.valueOf(size), label, repetitions(cpu), median(baseline),
							median(cpu.get(Contender.OURS)),
							median(cpu.get(Contender.FLYWAY)), median(cpu.get(Contender.LIQUIBASE)),
							median(above(cpu.get(Contender.OURS), baseline)),
							ratio(cpu.get(Contender.OURS), baseline));
				}
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		out.append("### Cold, main thread's CPU\n\n");
		out.append("The same cold runs, the CPU time of the JVM's main thread from `main()` to the end of the first call")
			.append(" (Linux's `/proc/thread-self/schedstat`), which a wait for a core does not inflate: on a busy")
			.append(" machine a steadier figure than the wall time. Own: the CPU time above raw JDBC's in the same")
			.append(" repetition.\n\n");
		out.append("| database | N | operation | reps | raw JDBC | migrations | Flyway | Liquibase | own: migrations"
				+ " | migrations ÷ raw JDBC |\n");
		out.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|\n");
		out.append(rows).append('\n');
	}

	private static void graphScale(StringBuilder out, List<GraphScale.Result> graphs) {
		out.append("### Graph scale\n\n");
		out.append("Our engine alone, no database: scan, read and parse every revision file, build the graph, and plan")
			.append(" an upgrade from an empty database to the heads. Cold is the first call in a fresh JVM, timed from")
			.append(" `main()`; warm is the median of later calls. Heap is what the loaded scripts and graph keep")
			.append(" reachable, measured after full collections.\n\n");
		out.append("| shape | revisions | load + plan, cold | load + plan, warm | of which plan, warm"
				+ " | plan at head, warm | retained heap |\n");
		out.append("|---|--:|--:|--:|--:|--:|--:|\n");
		for (GraphScale.Result result : graphs) {
			out.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %.1f MB |%n", result.shape(),
					result.revisions(), millis(result.coldNanos()), millis(result.warmNanos()),
					millis(result.warmPlanNanos()), millis(result.atHeadPlanNanos()),
					result.retainedBytes() / (1024.0 * 1024.0)));
		}
		out.append('\n');
	}

	private List<String> databases() {
		return this.options.databases().stream().map((kind) -> kind.label()).toList();
	}

	private Map<Contender, Map<Integer, Long>> times(String database, int size, Operation operation) {
		Map<Contender, Map<Integer, Long>> times = new HashMap<>();
		for (Sample sample : this.samples) {
			if (sample.database().equals(database) && sample.size() == size && sample.operation() == operation) {
				times.computeIfAbsent(sample.contender(), (key) -> new HashMap<>())
					.put(sample.repetition(), sample.nanos());
			}
		}
		return times;
	}

	// The repetitions a row has: those of the contestant that ran most often (a time limit may cut a repetition).
	private static String repetitions(Map<Contender, Map<Integer, Long>> times) {
		return String.valueOf(times.values().stream().mapToInt(Map::size).max().orElse(0));
	}

	/**
	 * Returns the limit of each repetition: the faster of the two, or the one that ran.
	 */
	static Map<Integer, Long> fastest(Map<Integer, Long> cli, Map<Integer, Long> jdbc) {
		if (cli == null || jdbc == null) {
			return (cli != null) ? cli : (jdbc != null) ? jdbc : Map.of();
		}
		return combine(cli, jdbc, Math::min);
	}

	/**
	 * Combines two contestants' times repetition by repetition; empty when either did not run.
	 */
	static Map<Integer, Long> combine(Map<Integer, Long> first, Map<Integer, Long> second, BinaryOperator<Long> how) {
		Map<Integer, Long> combined = new HashMap<>();
		if (first == null || second == null) {
			return combined;
		}
		for (Map.Entry<Integer, Long> entry : first.entrySet()) {
			Long other = second.get(entry.getKey());
			if (other != null) {
				combined.put(entry.getKey(), how.apply(entry.getValue(), other));
			}
		}
		return combined;
	}

	// A contestant's times less the baseline's, repetition by repetition: its own cost.
	private static Map<Integer, Long> above(Map<Integer, Long> times, Map<Integer, Long> baseline) {
		return combine(times, baseline, (a, b) -> a - b);
	}

	static String median(Map<Integer, Long> times) {
		if (times == null || times.isEmpty()) {
			return NONE;
		}
		return millis(medianOf(times.values().stream().map(Long::doubleValue).toList()));
	}

	static String ratio(Map<Integer, Long> numerator, Map<Integer, Long> denominator) {
		if (numerator == null || denominator == null) {
			return NONE;
		}
		List<Double> ratios = new ArrayList<>();
		for (Map.Entry<Integer, Long> entry : numerator.entrySet()) {
			Long other = denominator.get(entry.getKey());
			if (other != null && other > 0) {
				ratios.add(entry.getValue() / (double) other);
			}
		}
		return ratios.isEmpty() ? NONE : String.format(Locale.ROOT, "%.2fx", medianOf(ratios));
	}

	static double medianOf(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static String millis(double nanos) {
		double millis = nanos / 1_000_000.0;
		if (Math.abs(millis) >= 100) {
			return String.format(Locale.ROOT, "%,.0f", millis);
		}
		return String.format(Locale.ROOT, (Math.abs(millis) >= 10) ? "%.1f" : "%.2f", millis);
	}

	private static void row(StringBuilder out, String... cells) {
		out.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}

}
