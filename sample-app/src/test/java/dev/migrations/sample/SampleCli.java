package dev.migrations.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar sample-app.jar migrations <command>} in a separate process, as a developer or a deployment
 * script does.
 */
final class SampleCli {

	private SampleCli() {
	}

	/**
	 * The outcome of one command.
	 *
	 * @param exitCode the process exit code
	 * @param out what it printed on standard output
	 * @param err what it printed on standard error
	 */
	record Result(int exitCode, String out, String err) {

	}

	static Result run(Path directory, Map<String, String> environment, List<String> arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(ReliabilityApps.JVM_OPTIONS);
		Path jar = Path.of(System.getProperty("sample.jar", "target/sample-app-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
		command.addAll(List.of("-jar", jar.toString(), "migrations"));
		command.addAll(arguments);
		Path out = Files.createTempFile("cli", ".out");
		Path err = Files.createTempFile("cli", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("DATABASE_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("migrations " + arguments + " did not finish within 60 s");
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

}
