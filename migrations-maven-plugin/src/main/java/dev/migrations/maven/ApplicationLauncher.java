package dev.migrations.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Runs the application in a forked JVM, in the project directory, with the project's runtime classpath (its classes
 * directory first): its standard output and error go to Maven's, and what it reports as an error is kept for the
 * build failure. The classpath goes in an argument file, so that its length never meets a command-line limit.
 */
final class ApplicationLauncher {

	// How much of the standard error a failure repeats when the command printed no ERROR line.
	private static final int TAIL_LINES = 20;

	// A command runs for seconds: the JVM starts faster without the optimizing compiler (the options can override it).
	private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

	private final Path directory;

	private final List<String> classpath;

	private final String mainClass;

	ApplicationLauncher(Path directory, List<String> classpath, String mainClass) {
		this.directory = directory;
		this.classpath = classpath;
		this.mainClass = mainClass;
	}

	/**
	 * Runs the application and waits for it to exit.
	 * @param jvmOptions options of the JVM
	 * @param arguments the application's arguments
	 * @return its exit code and error text
	 * @throws MojoExecutionException if it cannot be started
	 */
	Outcome run(List<String> jvmOptions, List<String> arguments) throws MojoExecutionException {
		Path argumentFile = null;
		try {
			argumentFile = Files.createTempFile("migrations-classpath", ".args");
			Files.writeString(argumentFile, "-cp " + quoted(String.join(java.io.File.pathSeparator, this.classpath))
					+ System.lineSeparator());
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.add("@" + argumentFile);
			command.addAll(QUICK_START);
			command.addAll(jvmOptions);
			command.add(this.mainClass);
			command.addAll(arguments);
			Process process = new ProcessBuilder(command).directory(this.directory.toFile()).start();
			// A build stopped with Ctrl-C stops the command too, instead of leaving it holding the database's lock.
			Thread stop = new Thread(process::destroy, "migrations-stop");
			Runtime.getRuntime().addShutdownHook(stop);
			try {
				process.getOutputStream().close();
				List<String> errors = Collections.synchronizedList(new ArrayList<>());
				Thread out = copy(process.getInputStream(), System.out, null);
				Thread err = copy(process.getErrorStream(), System.err, errors);
				int exitCode = process.waitFor();
				out.join();
				err.join();
				return new Outcome(exitCode, errorText(errors));
			}
			finally {
				process.destroy();
				removeHook(stop);
			}
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Could not run " + this.mainClass + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("Interrupted while running " + this.mainClass, ex);
		}
		finally {
			if (argumentFile != null) {
				try {
					Files.deleteIfExists(argumentFile);
				}
				catch (IOException ex) {
					argumentFile.toFile().deleteOnExit();
				}
			}
		}
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			// The JVM is already shutting down, and the hook has run.
		}
	}

	// An argument file reads backslashes as escapes inside quotes (Windows paths).
	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static Thread copy(InputStream from, PrintStream to, List<String> lines) {
		Thread thread = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(from, Charset.defaultCharset()))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					to.println(line);
					if (lines != null) {
						lines.add(line);
					}
				}
				to.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, "migrations-output");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	// The CLI reports its failure as "ERROR [CODE] message" lines; without one, the end of the output says why.
	private static String errorText(List<String> lines) {
		List<String> errors = lines.stream().filter((line) -> line.startsWith("ERROR [")).toList();
		if (!errors.isEmpty()) {
			return String.join(System.lineSeparator(), errors);
		}
		return lines.stream()
			.skip(Math.max(0, lines.size() - TAIL_LINES))
			.collect(Collectors.joining(System.lineSeparator()))
			.strip();
	}

	/**
	 * How a run ended.
	 * @param exitCode the application's exit code
	 * @param error what it printed as an error, or its last lines of standard error
	 */
	record Outcome(int exitCode, String error) {
	}

}
