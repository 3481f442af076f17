package dev.migrations.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged sample application, run as a separate process the way an operator runs it.
 */
final class SampleJar implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	private SampleJar(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar in a working directory and waits until it serves HTTP or exits.
	 * @param directory the working directory
	 * @param environment extra environment variables
	 * @param arguments extra application arguments
	 * @return the running application
	 * @throws Exception if it cannot be started
	 */
	static SampleJar start(Path directory, Map<String, String> environment, String... arguments) throws Exception {
		SampleJar jar = launch(directory, environment, List.of(), arguments);
		jar.awaitReady(Duration.ofSeconds(60));
		return jar;
	}

	/**
	 * Starts the jar in a working directory without waiting for it.
	 * @param directory the working directory
	 * @param environment extra environment variables
	 * @param jvmOptions options of the JVM, before {@code -jar}
	 * @param arguments extra application arguments
	 * @return the starting application
	 * @throws IOException if it cannot be started
	 */
	static SampleJar launch(Path directory, Map<String, String> environment, List<String> jvmOptions,
			String... arguments) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaExecutable()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar().toAbsolutePath().toString(), "--server.port=" + port));
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile(directory, "sample", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("DATABASE_"));
		builder.environment().putAll(environment);
		return new SampleJar(builder.start(), log, port);
	}

	/**
	 * Returns the process id.
	 * @return the pid
	 */
	long pid() {
		return this.process.pid();
	}

	/**
	 * Kills the process with SIGKILL, as the OOM killer or {@code kill -9} would, and waits for it to end.
	 * @throws InterruptedException if interrupted while waiting
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/**
	 * Waits for the process to exit by itself.
	 * @param timeout how long to wait
	 * @return the exit code
	 * @throws Exception if it does not exit in time
	 */
	int awaitExit(Duration timeout) throws Exception {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			kill();
			throw new IllegalStateException("The sample app did not exit within " + timeout + ":\n" + log());
		}
		return this.process.exitValue();
	}

	/**
	 * Waits until the log contains a text, failing if the process exits first.
	 * @param text the text
	 * @param timeout how long to wait
	 * @throws Exception if the text does not appear in time
	 */
	void awaitLog(String text, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!log().contains(text)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The sample app exited with " + this.process.exitValue()
						+ " before logging '" + text + "':\n" + log());
			}
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("The sample app did not log '" + text + "' within " + timeout + ":\n"
						+ log());
			}
			Thread.sleep(100);
		}
	}

	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

	/**
	 * Waits until the application serves HTTP, failing if it exits first.
	 * @param timeout how long to wait
	 * @throws Exception if it is not ready in time
	 */
	void awaitReady(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The sample app exited with " + this.process.exitValue() + ":\n" + log());
			}
			if (log().contains("Started SampleApplication")) {
				return;
			}
			Thread.sleep(100);
		}
		close();
		throw new IllegalStateException("The sample app did not start within " + timeout + ":\n" + log());
	}

	private static Path jar() {
		return Path.of(System.getProperty("sample.jar", "target/sample-app-0.1.0-SNAPSHOT.jar"));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
