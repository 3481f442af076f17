package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Liquibase formatted SQL changelog: one {@code --changeset} per revision, with its {@code --rollback}
 * statements.
 */
public final class LiquibaseChangelog {

	/** The changelog's file name, relative to its directory. */
	public static final String FILE_NAME = "changelog.sql";

	private LiquibaseChangelog() {
	}

	/**
	 * Writes W(N) as one changelog file.
	 * @param directory an existing directory
	 * @param workload the workload
	 * @return the changelog file
	 * @throws IOException when the file cannot be written
	 */
	public static Path write(Path directory, Workload workload) throws IOException {
		Path file = directory.resolve(FILE_NAME);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("-- liquibase formatted sql\n");
			for (int i = 1; i <= workload.size(); i++) {
				out.write("\n-- changeset bench:" + i + "\n");
				for (String sql : Workload.upgrade(i)) {
					out.write(sql + ";\n");
				}
				for (String sql : Workload.downgrade(i)) {
					out.write("-- rollback " + sql + ";\n");
				}
			}
		}
		return file;
	}

}
