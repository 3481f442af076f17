package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes Flyway's versioned migrations ({@code V<i>__create_t_<i>.sql}) and the matching undo migrations
 * ({@code U<i>__create_t_<i>.sql}), which only Flyway's paid editions run.
 */
public final class FlywayFiles {

	private FlywayFiles() {
	}

	/**
	 * Writes W(N): the versioned migrations into one directory, the undo migrations into another.
	 * @param versioned an existing, empty directory for the {@code V} files, the Flyway location
	 * @param undo an existing, empty directory for the {@code U} files
	 * @param workload the workload
	 * @throws IOException when a file cannot be written
	 */
	public static void write(Path versioned, Path undo, Workload workload) throws IOException {
		for (int i = 1; i <= workload.size(); i++) {
			Files.writeString(versioned.resolve("V" + i + "__create_t_" + i + ".sql"), script(Workload.upgrade(i)));
			Files.writeString(undo.resolve("U" + i + "__create_t_" + i + ".sql"), script(Workload.downgrade(i)));
		}
	}

	private static String script(List<String> statements) {
		StringBuilder text = new StringBuilder(200);
		statements.forEach((sql) -> text.append(sql).append(";\n"));
		return text.toString();
	}

}
