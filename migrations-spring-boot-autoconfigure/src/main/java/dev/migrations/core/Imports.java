package dev.migrations.core;

import java.nio.file.Path;
import java.util.List;

import dev.migrations.core.api.ImportResult;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.Engine;
import dev.migrations.core.runtime.FlywayImportCommand;
import dev.migrations.core.runtime.LiquibaseImportCommand;
import dev.migrations.core.runtime.SqlInitImportCommand;

/**
 * The imports that write a project's first revisions from another tool's scripts, and adopt a database that tool
 * migrated: {@code migrations import flyway|liquibase|sql-init}. Obtained from {@link Migrations#imports()}.
 */
public final class Imports {

	private final Engine engine;

	Imports(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Turns a Flyway history into a linear chain of revisions, the SQL unchanged; with {@code stamp}, marks a
	 * database that Flyway migrated as being at the matching revision, without running anything.
	 * @param location the Flyway location, {@code classpath:} or {@code filesystem:}
	 * @param directory the directory to write to, which must hold no revision yet
	 * @param stamp whether to stamp the database from Flyway's history table
	 * @param flywayTable the name of Flyway's history table
	 * @return the files written and the revision stamped
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when the scripts or the history cannot be
	 * taken over as they are; nothing is written then
	 */
	public ImportResult flyway(String location, Path directory, boolean stamp, String flywayTable) {
		return new FlywayImportCommand(this.engine).run(location, directory, stamp, flywayTable);
	}

	/**
	 * Turns Spring Boot's {@code spring.sql.init} scripts into one first revision.
	 * @param location the directory of the scripts, {@code classpath:} or {@code filesystem:}
	 * @param directory the directory to write to, which must hold no revision yet
	 * @return the file written and the scripts left out
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when there are no scripts
	 */
	public ImportResult sqlInit(String location, Path directory) {
		return new SqlInitImportCommand(this.engine).run(location, directory);
	}

	/**
	 * Turns a Liquibase changelog into a linear chain of revisions, one per changeset, rendered per dialect by
	 * Liquibase; with {@code stamp}, marks a database that Liquibase migrated as being at the revision of its last
	 * executed changeset, without running anything.
	 * @param root the directory the changelog's paths are relative to, as the application gave them to Liquibase
	 * @param changelog the master changelog's path below {@code root}
	 * @param dialects the dialects to render, every supported one when empty
	 * @param directory the directory to write to, which must hold no revision yet
	 * @param stamp whether to stamp the database from {@code DATABASECHANGELOG}
	 * @return the files written, what was left out and the revision stamped
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when the changelog or the history cannot be
	 * taken over as they are; nothing is written then
	 */
	public ImportResult liquibase(Path root, String changelog, List<String> dialects, Path directory,
			boolean stamp) {
		return new LiquibaseImportCommand(this.engine).run(root, changelog, dialects, directory, stamp);
	}

}
