package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where W(N) lives in each tool's format, below one directory per size.
 *
 * @param root the directory of this size
 * @param workload the workload
 */
public record WorkloadFiles(Path root, Workload workload) {

	/**
	 * Writes every format of a workload below a new directory.
	 * @param parent the directory to create the size's directory in
	 * @param workload the workload
	 * @return the files
	 * @throws IOException when a file cannot be written
	 */
	public static WorkloadFiles write(Path parent, Workload workload) throws IOException {
		WorkloadFiles files = new WorkloadFiles(parent.resolve("w" + workload.size()), workload);
		Files.createDirectories(files.revisions());
		Files.createDirectories(files.flyway());
		Files.createDirectories(files.flywayUndo());
		Files.createDirectories(files.liquibase());
		RevisionFiles.write(files.revisions(), workload);
		FlywayFiles.write(files.flyway(), files.flywayUndo(), workload);
		LiquibaseChangelog.write(files.liquibase(), workload);
		LimitScript.writeUpgrade(files.limitUpgrade(), workload);
		LimitScript.writeDowngrade(files.limitDowngrade(), workload);
		return files;
	}

	/**
	 * Returns the directory of the engine's revision files.
	 * @return the directory
	 */
	public Path revisions() {
		return this.root.resolve("revisions");
	}

	/**
	 * Returns the directory of Flyway's versioned migrations.
	 * @return the directory
	 */
	public Path flyway() {
		return this.root.resolve("flyway");
	}

	/**
	 * Returns the directory of Flyway's undo migrations.
	 * @return the directory
	 */
	public Path flywayUndo() {
		return this.root.resolve("flyway-undo");
	}

	/**
	 * Returns the directory of the Liquibase changelog.
	 * @return the directory
	 */
	public Path liquibase() {
		return this.root.resolve("liquibase");
	}

	/**
	 * Returns the limit's upgrade script.
	 * @return the script
	 */
	public Path limitUpgrade() {
		return this.root.resolve("limit-upgrade.sql");
	}

	/**
	 * Returns the limit's downgrade script.
	 * @return the script
	 */
	public Path limitDowngrade() {
		return this.root.resolve("limit-downgrade.sql");
	}

}
