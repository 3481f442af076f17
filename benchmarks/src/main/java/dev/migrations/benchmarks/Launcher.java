package dev.migrations.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the measured processes: a fresh JVM per JVM run, with only its own tool's jars, and the database's own
 * client, timed from process start to exit.
 */
final class Launcher {

	private final List<String> classpath;

	private final Path logs;

	private final List<String> jvmOptions;

	private final AtomicInteger sequence = new AtomicInteger();

	/**
	 * Creates a launcher.
	 * @param classpath the full classpath of the benchmarks module, from which each JVM gets its part
	 * @param work a directory for the JVMs' logging configuration and output
	 * @param extraJvmOptions options added to every JVM, such as a profiler's
	 * @throws IOException when the work directory cannot be written
	 */
	Launcher(String classpath, Path work, List<String> extraJvmOptions) throws IOException {
		this.classpath = Arrays.stream(classpath.split(File.pathSeparator)).filter((entry) -> !entry.isEmpty()).toList();
		this.logs = Files.createDirectories(work.resolve("logs"));
		Path julConfig = work.resolve("logging.properties");
		Files.writeString(julConfig, "handlers = java.util.logging.ConsoleHandler\n.level = WARNING\n");
		List<String> options = new ArrayList<>();
		// Every tool logs warnings and errors only, to the same kind of console, and Liquibase makes no network call.
		options.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
		options.add("-Djava.util.logging.config.file=" + julConfig);
		options.add("-Dliquibase.analytics.enabled=false");
		options.addAll(extraJvmOptions);
		this.jvmOptions = List.copyOf(options);
	}

	/**
	 * Returns the classpath a contestant's JVM gets: the common entries and its own tool's.
	 * @param contender the contestant
	 * @return the classpath entries
	 */
	List<String> classpath(Contender contender) {
		return classpath(contender.artifacts());
	}

	/**
	 * Returns the classpath of a JVM that gets the common entries and some artifacts.
	 * @param artifacts the artifacts' name prefixes
	 * @return the classpath entries
	 */
	List<String> classpath(List<String> artifacts) {
		return this.classpath.stream()
			.filter((entry) -> matches(entry, Contender.COMMON) || matches(entry, artifacts))
			.toList();
	}

	/**
	 * Returns the classpath of this project's engine contestant with another build of the engine in place of the
	 * module's own: a jar of {@code migrations-spring-boot-autoconfigure}, or its classes directory.
	 * @param engine the build
	 * @return the classpath entries, the build first
	 */
	List<String> classpathWithEngine(Path engine) {
		List<String> entries = new ArrayList<>(List.of(engine.toString()));
		for (String entry : classpath(Contender.OURS)) {
			if (!matches(entry, List.of("migrations-spring-boot-autoconfigure"))) {
				entries.add(entry);
			}
		}
		return entries;
	}

	/**
	 * Runs a contestant in a fresh JVM.
	 * @param contender the JVM contestant
	 * @param arguments the arguments of {@link ColdRun} after the class name
	 * @return the figures it reported, in nanoseconds
	 * @throws IOException when it fails
	 * @throws InterruptedException when interrupted
	 */
	long[] runContestant(Contender contender, List<String> arguments) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>();
		args.add(contender.contestantClass());
		args.addAll(arguments);
		return runMain(classpath(contender), ColdRun.class.getName(), List.of(), args);
	}

	/**
	 * Runs a main class in a fresh JVM and reads the figures of its {@code RESULT} line.
	 * @param classpath the classpath entries
	 * @param mainClass the main class
	 * @param options JVM options beside the common ones
	 * @param arguments the program arguments
	 * @return the figures
	 * @throws IOException when it fails
	 * @throws InterruptedException when interrupted
	 */
	long[] runMain(List<String> classpath, String mainClass, List<String> options, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.addAll(options);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classpath));
		command.add(mainClass);
		command.addAll(arguments);
		Output output = run(command);
		for (String line : output.stdout().split("\n")) {
			if (line.startsWith(ColdRun.RESULT + " ")) {
				return Arrays.stream(line.substring(ColdRun.RESULT.length() + 1).strip().split(" "))
					.mapToLong(Long::parseLong)
					.toArray();
			}
		}
		throw new IOException("No " + ColdRun.RESULT + " line from " + String.join(" ", arguments) + "\n"
				+ output.stdout() + output.stderr());
	}

	/**
	 * Runs a command, such as the database's own client, and times it from process start to exit.
	 * @param command the command
	 * @return the time in nanoseconds
	 * @throws IOException when it fails
	 * @throws InterruptedException when interrupted
	 */
	long time(List<String> command) throws IOException, InterruptedException {
		long start = System.nanoTime();
		run(command);
		return System.nanoTime() - start;
	}

	private Output run(List<String> command) throws IOException, InterruptedException {
		int number = this.sequence.incrementAndGet();
		Path out = this.logs.resolve(number + ".out");
		Path err = this.logs.resolve(number + ".err");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		int exit = process.waitFor();
		Output output = new Output(Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		if (exit != 0) {
			throw new IOException("Exit code " + exit + " from " + String.join(" ", command) + "\n" + output.stdout()
					+ output.stderr());
		}
		return output;
	}

	private static boolean matches(String entry, List<String> artifacts) {
		Path path = Path.of(entry);
		// A reactor module's classes directory is <module>/target/classes; a jar is <artifact>-<version>.jar.
		String name = (Files.isDirectory(path) && path.getParent() != null && path.getParent().getParent() != null)
				? path.getParent().getParent().getFileName().toString()
				: path.getFileName().toString();
		return artifacts.stream().anyMatch(name::startsWith);
	}

	private record Output(String stdout, String stderr) {

	}

}
