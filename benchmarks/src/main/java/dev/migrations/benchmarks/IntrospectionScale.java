package dev.migrations.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrations.benchmarks.contestant.DatabaseKind;

/**
 * The introspection runs: on each database, a schema of N tables (five columns with a default and a check, an index
 * and a foreign key to the previous table each), read into the schema model by a fresh JVM, cold and warm.
 */
final class IntrospectionScale {

	private final Launcher launcher;

	private final Options options;

	private final PrintStream progress;

	IntrospectionScale(Launcher launcher, Options options, PrintStream progress) {
		this.launcher = launcher;
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Creates the schema on a scratch database of each kind and measures reading it.
	 * @param tables the number of tables
	 * @return the results, one per database
	 * @throws Exception when the schema cannot be created or a run fails
	 */
	List<Result> run(int tables) throws Exception {
		List<Result> results = new ArrayList<>();
		for (DatabaseKind kind : this.options.databases()) {
			try (ScratchDatabase database = scratch(kind)) {
				create(database, tables);
				List<String> arguments = List.of(kind.name().toLowerCase(Locale.ROOT), database.url(),
						String.valueOf(tables));
				long[] cold = run(arguments);
				List<String> firstOnly = new ArrayList<>(arguments);
				firstOnly.add("first");
				long[] first = run(firstOnly);
				Result result = new Result(kind, tables, cold[0], first[1], cold[2], first[3], cold[4]);
				this.progress.println(String.format(Locale.ROOT,
						"introspect %s, %d tables: cold %.1f ms, first read %.1f ms (CPU %.1f), warm %.1f ms (CPU %.1f)",
						kind.name().toLowerCase(Locale.ROOT), tables, result.coldNanos() / 1e6,
						result.firstReadNanos() / 1e6, result.firstReadCpuNanos() / 1e6, result.warmNanos() / 1e6,
						result.warmCpuNanos() / 1e6));
				results.add(result);
			}
		}
		return results;
	}

	private long[] run(List<String> arguments) throws Exception {
		return this.launcher.runMain(this.launcher.classpath(Contender.OURS), IntrospectionScaleRun.class.getName(),
				List.of(), arguments);
	}

	private ScratchDatabase scratch(DatabaseKind kind) throws SQLException {
		return (kind == DatabaseKind.SQLITE) ? ScratchDatabase.sqlite(Path.of(this.options.work().toString()))
				: ScratchDatabase.postgres(this.options.postgres());
	}

	// One transaction of DDL: the schema is the input, its creation is not measured.
	static void create(ScratchDatabase database, int tables) throws SQLException {
		boolean sqlite = database.kind() == DatabaseKind.SQLITE;
		try (Connection connection = DriverManager.getConnection(database.url());
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (int i = 0; i < tables; i++) {
				String key = sqlite ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : "id SERIAL PRIMARY KEY";
				String parent = (i == 0) ? ""
						: ", CONSTRAINT s_" + i + "_parent FOREIGN KEY (parent_id) REFERENCES s_" + (i - 1)
								+ " (id) ON DELETE CASCADE";
				statement.execute("CREATE TABLE s_" + i + " (" + key + ", name VARCHAR(80) NOT NULL, parent_id INTEGER,"
						+ " created DATE DEFAULT CURRENT_DATE, amount DECIMAL(10,2) CHECK (amount >= 0)" + parent + ")");
				statement.execute("CREATE INDEX ix_s_" + i + "_name ON s_" + i + " (name)");
			}
			connection.commit();
		}
	}

	/**
	 * The figures of one database.
	 *
	 * @param kind the database
	 * @param tables the number of tables
	 * @param coldNanos the first read in a fresh JVM, from {@code main()}
	 * @param firstReadNanos the first read in a fresh JVM whose engine already ran a command
	 * @param warmNanos the median of later reads
	 * @param firstReadCpuNanos the first read's CPU time in the engine's thread
	 * @param warmCpuNanos the median CPU time of later reads
	 */
	record Result(DatabaseKind kind, int tables, long coldNanos, long firstReadNanos, long warmNanos,
			long firstReadCpuNanos, long warmCpuNanos) {

	}

	static void report(StringBuilder out, List<Result> results) {
		out.append("### Introspection\n\n");
		out.append("`Migrations.schema()` reading a schema of N tables (five columns with a default and a check, an")
			.append(" index and a foreign key each) into the schema model. Cold is the first call in a fresh JVM, timed")
			.append(" from `main()` (JVM class loading, the engine, the driver and the first connection included);")
			.append(" first read is the same first call in a fresh JVM whose engine already ran one command; warm is")
			.append(" the median of seven later calls. CPU is the engine thread's CPU time, which waiting for a busy")
			.append(" machine's cores does not inflate, and which leaves out the database server's work.\n\n");
		out.append("| database | tables | cold | first read | first read, CPU | warm | warm, CPU |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
					result.kind().name().toLowerCase(Locale.ROOT), result.tables(), result.coldNanos() / 1e6,
					result.firstReadNanos() / 1e6, result.firstReadCpuNanos() / 1e6, result.warmNanos() / 1e6,
					result.warmCpuNanos() / 1e6));
		}
		out.append('\n');
	}

}
