package dev.migrations.maven;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in application for {@link ApplicationLauncherTests}: writes its arguments and working directory, reports
 * an error when asked to, and exits with the code of its first argument.
 */
final class ExitingMain {

	private ExitingMain() {
	}

	public static void main(String[] args) throws Exception {
		Files.writeString(Path.of("arguments.txt"), String.join("|", args) + "|" + System.getProperty("fixture"));
		System.out.println("out: " + String.join(" ", args));
		System.err.println("a log line");
		if (args.length > 1) {
			System.err.println("ERROR [" + args[1] + "] it failed");
		}
		System.exit(Integer.parseInt(args[0]));
	}

}
