package dev.migrations.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.migrations.benchmarks.ScratchDatabase.PostgresServer;

/**
 * What a run ran on: the machine, the JVM, the databases and every tool's version, for the report.
 */
final class Environment {

	private static final List<String> ARTIFACTS = List.of("flyway-core", "flyway-database-postgresql",
			"liquibase-core", "sqlite-jdbc", "postgresql");

	private Environment() {
	}

	/**
	 * Describes the machine as it is now, including how busy it is.
	 * @param options the run's settings
	 * @param postgres whether the run uses PostgreSQL
	 * @return Markdown list items
	 */
	static String describe(Options options, boolean postgres) {
		List<String> lines = new ArrayList<>();
		lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ gibibytes(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize())
				+ " GiB, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; "
				+ firstLine(Path.of("/proc/cpuinfo"), "model name"));
		lines.add("at the end of the run: " + load() + "; disk sync " + syncLatency(options.work())
				+ " (a 512-byte write and fdatasync in the work directory: every commit of every contestant waits for"
				+ " such syncs)");
		lines.add("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
				+ ", default options (the measured JVMs get only logging settings)");
		lines.add("clients: sqlite3 " + command("sqlite3", "--version").split(" ")[0] + "; "
				+ command("psql", "--version"));
		if (postgres) {
			lines.add("PostgreSQL server: " + serverVersion(options.postgres()));
		}
		List<String> versions = new ArrayList<>();
		for (String artifact : ARTIFACTS) {
			versions.add(artifact + " " + version(options.classpath(), artifact));
		}
		lines.add("libraries: " + String.join(", ", versions));
		lines.add("engine: commit " + command("git", "rev-parse", "--short", "HEAD"));
		StringBuilder out = new StringBuilder();
		lines.forEach((line) -> out.append("* ").append(line).append('\n'));
		return out.toString();
	}

	/**
	 * Returns the load average and CPU pressure, where Linux tells them.
	 * @return a short description
	 */
	static String load() {
		String average = firstLine(Path.of("/proc/loadavg"), "");
		String pressure = firstLine(Path.of("/proc/pressure/cpu"), "some");
		String[] averages = average.split(" ");
		String loadAverage = (averages.length < 3) ? "unknown" : String.join(" ", averages[0], averages[1], averages[2]);
		// "some avg10=97.08 avg60=..." is the share of time some task waited for a CPU.
		String[] stall = pressure.split(" ");
		return "load average " + loadAverage + " (1, 5, 15 min)"
				+ ((stall.length < 4) ? "" : "; CPU pressure (time some task waited for a core) "
						+ String.join(" ", stall[1], stall[2], stall[3]));
	}

	// The time a commit waits for the disk, the floor of every apply and downgrade.
	static String syncLatency(Path directory) {
		Path file = directory.resolve("sync-probe.bin");
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			int count = 100;
			long start = System.nanoTime();
			for (int i = 0; i < count; i++) {
				channel.write(ByteBuffer.allocate(512), 0);
				channel.force(false);
			}
			return String.format(Locale.ROOT, "%.2f ms", (System.nanoTime() - start) / 1e6 / count);
		}
		catch (IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A leftover probe file in the work directory does no harm.
			}
		}
	}

	static String version(String classpath, String artifact) {
		for (String entry : classpath.split(java.io.File.pathSeparator)) {
			String name = Path.of(entry).getFileName().toString();
			if (name.startsWith(artifact + "-") && name.endsWith(".jar")
					&& Character.isDigit(name.charAt(artifact.length() + 1))) {
				return name.substring(artifact.length() + 1, name.length() - ".jar".length());
			}
		}
		return "unknown";
	}

	private static String serverVersion(PostgresServer server) {
		try (Connection connection = DriverManager.getConnection(server.url("postgres"));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW server_version")) {
			result.next();
			return result.getString(1) + " at " + server.host() + ":" + server.port();
		}
		catch (SQLException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private static String command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			process.waitFor(10, TimeUnit.SECONDS);
			return output.lines().findFirst().orElse("unknown");
		}
		catch (IOException ex) {
			return command[0] + " not found";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	private static String firstLine(Path file, String prefix) {
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.startsWith(prefix)) {
					int colon = line.indexOf(':');
					return (prefix.isEmpty() || colon < 0 || prefix.equals("some")) ? line.strip()
							: line.substring(colon + 1).strip();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux, or not readable: leave it out.
		}
		return "";
	}

	private static String gibibytes(long bytes) {
		return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024 * 1024));
	}

}
