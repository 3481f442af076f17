package dev.migrations.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stand-in application for the launcher's and the goals' tests: writes its arguments and some system properties
 * into {@code arguments.txt} of its working directory, logs a line on standard error, prints the error
 * {@code -Dfixture.error} names, and exits with {@code -Dfixture.exit}.
 */
final class ExitingMain {

	private static final List<String> PROPERTIES = List.of("fixture", "spring.profiles.active", "migrations.url",
			"migrations.target");

	private ExitingMain() {
	}

	public static void main(String[] args) throws Exception {
		String properties = PROPERTIES.stream()
			.map((name) -> name + "=" + System.getProperty(name))
			.collect(Collectors.joining(" "));
		Files.writeString(Path.of("arguments.txt"), String.join("|", args) + "\n" + properties);
		System.out.println("out: " + String.join(" ", args));
		System.err.println("a log line");
		if (System.getProperty("fixture.error") != null) {
			System.err.println("ERROR [" + System.getProperty("fixture.error") + "] it failed");
		}
		System.exit(Integer.getInteger("fixture.exit", 0));
	}

}
