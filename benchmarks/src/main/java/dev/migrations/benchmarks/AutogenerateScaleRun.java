package dev.migrations.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrations.autoconfigure.jpa.JpaSchemaModel;
import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.core.DeclaredSchemaModel;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.diff.DiffOptions;
import dev.migrations.core.schema.diff.Differ;

/**
 * The autogenerate program, run in a fresh JVM whose classpath has the generated entity classes: builds an engine
 * with the JPA model of those entities (Hibernate's metadata, Spring Boot's naming) and runs
 * {@code revision --autogenerate} through the facade, timed from {@code main()}, so the JVM's class loading,
 * Hibernate's bootstrap, reading the database and writing the file all count.
 * <p>
 * Arguments: database kind, JDBC URL, revisions directory, number of entities, then {@code setup}, {@code measure},
 * or {@code declared} and a declared schema file.
 * <ul>
 * <li>{@code setup} starts from an empty database: it writes the first revision, upgrades to it, checks that the
 * model and the database then agree, and prints {@code RESULT <autogenerate ns> <upgrade ns> <operations>
 * <model cold ns> <CPU ns>}.</li>
 * <li>{@code measure} runs on a database at that head with the changed entities: it checks the revision's
 * operations, deletes the file again, and prints {@code RESULT <cold ns> <operations> <check warm ns> <diff warm ns>
 * <model warm ns> <schema warm ns> <model cold ns> <CPU ns>}.</li>
 * <li>{@code declared} does what {@code measure} does with the declared schema file as the model instead of the
 * entities: what the engine costs without Hibernate's bootstrap.</li>
 * </ul>
 * The check is what {@code check} compares (reading the database and the diff, the model cached), the diff is
 * {@code Differ} alone on the two schemas, the model is building a new model, the schema is reading the database;
 * each the median of seven calls after three unmeasured ones. The model cold is the model's first build, part of the
 * cold run, and the CPU time is the JVM's (every thread, from JVM start) up to the file written.
 */
public final class AutogenerateScaleRun {

	private static final int WARMUP_CALLS = 3;

	private static final int WARM_CALLS = 7;

	private AutogenerateScaleRun() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		DatabaseKind kind = DatabaseKind.of(args[0]);
		Path revisions = Path.of(args[2]);
		int entities = Integer.parseInt(args[3]);
		boolean setup = args[4].equals("setup");
		SchemaModel model = args[4].equals("declared") ? declared(Path.of(args[5])) : model(entities);
		String dialect = Migrations.dialectOf(args[1]);
		// The model first, as autogenerate reads it first anyway: its share of the cold run is Hibernate's.
		long modelStart = System.nanoTime();
		model.schema(dialect);
		long coldModel = System.nanoTime() - modelStart;
		Migrations migrations = Migrations.builder(kind.dataSource(args[1]))
			.locations(List.of("filesystem:" + revisions))
			.model(model)
			.build();
		AutogenerateResult result = migrations.autogenerate()
			.revision(new NewRevision(setup ? "initial schema" : "changed entities", revisions, null, false, List.of(),
					List.of(), null), false);
		long cold = System.nanoTime() - start;
		long coldCpu = processCpu();
		if (result.revision() == null || !result.manual().isEmpty()) {
			throw new IllegalStateException("Expected a revision and nothing to write by hand, got " + result);
		}
		int operations = result.changes().size();
		if (setup) {
			long upgradeStart = System.nanoTime();
			migrations.upgrade("heads");
			long upgrade = System.nanoTime() - upgradeStart;
			List<String> left = migrations.autogenerate().differences();
			if (!left.isEmpty()) {
				throw new IllegalStateException("After the upgrade the model still differs: " + left);
			}
			System.out.println(ColdRun.RESULT + " " + cold + " " + upgrade + " " + operations + " " + coldModel + " "
					+ coldCpu);
			return;
		}
		int expected = AutogenerateEntities.expectedChanges(entities);
		if (operations != expected) {
			throw new IllegalStateException("Expected " + expected + " operations, got " + result.changes());
		}
		Files.delete(result.revision().file());
		long differences = warm(() -> check(migrations.autogenerate().differences(), expected));
		Schema database = migrations.schema();
		Schema wanted = model.schema(dialect);
		DiffOptions options = new DiffOptions(dialect,
				Set.of(MigrationsConfig.DEFAULT_VERSION_TABLE, MigrationsConfig.DEFAULT_HISTORY_TABLE));
		long diff = warm(() -> check(Differ.operations(database, wanted, options), expected));
		long modelRead = warm(() -> (args[4].equals("declared") ? declared(Path.of(args[5])) : model(entities))
			.schema(dialect)
			.tables()
			.size());
		long schema = warm(() -> migrations.schema().tables().size());
		System.out.println(ColdRun.RESULT + " " + cold + " " + operations + " " + differences + " " + diff + " "
				+ modelRead + " " + schema + " " + coldModel + " " + coldCpu);
	}

	// The JVM's CPU time so far, every thread (the JIT compiler's and the collector's too): a busy machine's waits
	// for a core, which inflate the wall-clock figures, are not in it.
	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static SchemaModel declared(Path file) {
		return new DeclaredSchemaModel(file.toString(), (location) -> {
			try {
				return Files.exists(Path.of(location)) ? Path.of(location).toUri().toURL() : null;
			}
			catch (MalformedURLException ex) {
				throw new IllegalArgumentException(ex);
			}
		});
	}

	private static JpaSchemaModel model(int entities) {
		return new JpaSchemaModel(AutogenerateEntities.classNames(entities), Map.of(),
				Thread.currentThread().getContextClassLoader());
	}

	private static int check(List<?> differences, int expected) {
		if (differences.size() != expected) {
			throw new IllegalStateException("Expected " + expected + " differences, got " + differences);
		}
		return differences.size();
	}

	private static long warm(Supplier<Object> call) {
		for (int i = 0; i < WARMUP_CALLS; i++) {
			call.get();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < WARM_CALLS; i++) {
			long callStart = System.nanoTime();
			call.get();
			times.add(System.nanoTime() - callStart);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

}
