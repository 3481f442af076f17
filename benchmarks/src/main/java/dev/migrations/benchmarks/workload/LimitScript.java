package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the limit: one plain SQL script that {@code psql} and {@code sqlite3} run as it is, and the raw-JDBC program
 * runs line by line. Each revision is one transaction ({@code BEGIN;} and {@code COMMIT;} on lines of their own) with
 * its statements and one change of the single version row; every statement is on one line.
 */
public final class LimitScript {

	/** The limit's version table. */
	public static final String VERSION_TABLE = "limit_version";

	/** The line that opens a transaction. */
	public static final String BEGIN = "BEGIN;";

	/** The line that commits a transaction. */
	public static final String COMMIT = "COMMIT;";

	private LimitScript() {
	}

	/**
	 * Writes the script that applies W(N) to an empty database, creating the version table first.
	 * @param file the script to write
	 * @param workload the workload
	 * @throws IOException when the file cannot be written
	 */
	public static void writeUpgrade(Path file, Workload workload) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			line(out, "CREATE TABLE " + VERSION_TABLE + " (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
			for (int i = 1; i <= workload.size(); i++) {
				String version = (i == 1)
						? "INSERT INTO " + VERSION_TABLE + " (version_num) VALUES ('" + Workload.id(i) + "')"
						: move(Workload.id(i - 1), Workload.id(i));
				transaction(out, Workload.upgrade(i), version);
			}
		}
	}

	/**
	 * Writes the script that reverts W(N) from its head down to an empty version table.
	 * @param file the script to write
	 * @param workload the workload
	 * @throws IOException when the file cannot be written
	 */
	public static void writeDowngrade(Path file, Workload workload) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = workload.size(); i >= 1; i--) {
				String version = (i == 1)
						? "DELETE FROM " + VERSION_TABLE + " WHERE version_num = '" + Workload.id(i) + "'"
						: move(Workload.id(i), Workload.id(i - 1));
				transaction(out, Workload.downgrade(i), version);
			}
		}
	}

	private static String move(String from, String to) {
		return "UPDATE " + VERSION_TABLE + " SET version_num = '" + to + "' WHERE version_num = '" + from + "'";
	}

	private static void transaction(Writer out, List<String> statements, String version) throws IOException {
		out.write(BEGIN + "\n");
		for (String sql : statements) {
			line(out, sql);
		}
		line(out, version);
		out.write(COMMIT + "\n");
	}

	private static void line(Writer out, String sql) throws IOException {
		out.write(sql);
		out.write(";\n");
	}

}
