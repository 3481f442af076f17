package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the engine's SQL revision files: a comment header, then {@code -- migrations:upgrade} and
 * {@code -- migrations:downgrade} sections.
 */
public final class RevisionFiles {

	private RevisionFiles() {
	}

	/**
	 * Writes W(N) as a chain: revision {@code i} revises revision {@code i - 1}.
	 * @param directory an existing, empty directory
	 * @param workload the workload
	 * @throws IOException when a file cannot be written
	 */
	public static void write(Path directory, Workload workload) throws IOException {
		for (int i = 1; i <= workload.size(); i++) {
			write(directory, i, (i == 1) ? List.of() : List.of(Workload.id(i - 1)));
		}
	}

	/**
	 * Writes the file of revision {@code i} of the workload with the given parents.
	 * @param directory an existing directory
	 * @param i the revision number; the id is {@link Workload#id(int)}
	 * @param parents the ids it revises, empty for a base, several for a merge
	 * @return the file written
	 * @throws IOException when the file cannot be written
	 */
	public static Path write(Path directory, int i, List<String> parents) throws IOException {
		String id = Workload.id(i);
		StringBuilder text = new StringBuilder(400);
		text.append("-- Create t_").append(i).append("\n--\n");
		text.append("-- Revision: ").append(id).append('\n');
		text.append("-- Revises: ").append(String.join(", ", parents)).append('\n');
		text.append("-- Create Date: 2026-01-01 00:00:00\n\n");
		text.append("-- migrations:upgrade\n");
		Workload.upgrade(i).forEach((sql) -> text.append(sql).append(";\n"));
		text.append("\n-- migrations:downgrade\n");
		Workload.downgrade(i).forEach((sql) -> text.append(sql).append(";\n"));
		Path file = directory.resolve(String.format("2026_01_01_0000-%s_create_t_%d.sql", id, i));
		return Files.writeString(file, text);
	}

}
