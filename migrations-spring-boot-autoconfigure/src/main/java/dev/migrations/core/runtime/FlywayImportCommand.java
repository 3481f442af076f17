package dev.migrations.core.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.ImportResult;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.FlywayChecksum;
import dev.migrations.core.script.FlywayScripts;
import dev.migrations.core.script.FlywayScripts.Migration;
import dev.migrations.core.script.Location;

/**
 * {@code import flyway}: turns a Flyway history of versioned SQL migrations into a linear chain of revisions, the SQL
 * unchanged, and with {@code --stamp} marks a database that Flyway migrated as being at the matching revision,
 * without running anything.
 */
public final class FlywayImportCommand {

	private static final Logger logger = LoggerFactory.getLogger(FlywayImportCommand.class);

	private static final Pattern NON_TRANSACTIONAL = Pattern.compile("\\bconcurrently\\b", Pattern.CASE_INSENSITIVE);

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public FlywayImportCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Imports the migrations of a Flyway location.
	 * @param location the Flyway location, {@code classpath:} or {@code filesystem:}
	 * @param directory the directory to write the revisions to, which must hold none yet
	 * @param stamp whether to stamp the database at the revision of its Flyway version
	 * @param flywayTable Flyway's history table, in the configured schema
	 * @return the files written and the revision stamped
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when the scripts or the history cannot be
	 * taken over as they are; nothing is written then
	 */
	public ImportResult run(String location, Path directory, boolean stamp, String flywayTable) {
		return this.engine.command("import", "flyway " + location, () -> {
			FlywayScripts scripts = FlywayScripts.read(Location.parse(location).scan(this.engine.classLoader()),
					location);
			if (scripts.versioned().isEmpty()) {
				throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "No Flyway migrations (V<version>__<description>"
						+ ".sql) in " + location + "; name the location with --location");
			}
			@Nullable FlywayHistoryTable history = stamp ? history(SqlIdentifier.of(flywayTable, "--flyway-table")) : null;
			if (history != null) {
				check(scripts, history);
			}
			ImportWriter writer = new ImportWriter(this.engine, directory);
			String parent = null;
			for (Migration migration : scripts.versioned()) {
				Revision revision = new Revision(migration.revisionId(), (parent != null) ? List.of(parent) : List.of(),
						List.of(), Set.of(), "Flyway V" + migration.version() + ": " + migration.description(),
						migration.fileName());
				writer.add(revision, content(writer, revision, migration));
				parent = revision.id();
			}
			List<String> notConverted = new ArrayList<>();
			scripts.repeatables().forEach((name) -> notConverted.add(name + ": a repeatable migration has no place in"
					+ " a revision graph; put its current SQL into a revision (CREATE OR REPLACE) by hand"));
			scripts.unnamed().forEach((name) -> notConverted.add(name + ": not named as a Flyway migration"
					+ " (V<version>__<description>.sql), so Flyway did not run it either"));
			List<CreatedRevision> written = writer.write();
			if (history == null) {
				return new ImportResult(written, notConverted, null, null);
			}
			String stampedAt = stamp(scripts, history, writer);
			String current = history.current();
			return new ImportResult(written, notConverted, (current != null) ? "Flyway version " + current : null,
					stampedAt);
		});
	}

	private static String content(ImportWriter writer, Revision revision, Migration migration) {
		List<String> notes = new ArrayList<>();
		notes.add("Imported from Flyway: " + migration.fileName() + " (version " + migration.version()
				+ ", Flyway checksum " + FlywayChecksum.of(migration.sql()) + ")");
		boolean transactional = !NON_TRANSACTIONAL.matcher(migration.sql()).find();
		StringBuilder text = new StringBuilder(writer.header(revision, notes, transactional));
		text.append("-- migrations:upgrade\n").append(ImportWriter.withNewline(migration.sql()));
		if (migration.undoSql() != null) {
			text.append("\n-- migrations:downgrade\n").append(ImportWriter.withNewline(migration.undoSql()));
		}
		return text.toString();
	}

	private FlywayHistoryTable history(SqlIdentifier table) {
		return this.engine.withSession((session) -> {
			ImportWriter.refuseAdopted(this.engine, session, "Flyway");
			return FlywayHistoryTable.read(session.connection(), session.dialect(), this.engine.schema(), table);
		});
	}

	// Refuses what would make the stamped database differ from the imported revisions: scripts changed since Flyway
	// ran them, versions applied that no script declares, and scripts below the current version that never ran.
	private static void check(FlywayScripts scripts, FlywayHistoryTable history) {
		List<String> problems = new ArrayList<>();
		for (Migration migration : scripts.versioned()) {
			Integer stored = history.applied().get(migration.version());
			int computed = FlywayChecksum.of(migration.sql());
			if (stored != null && stored != computed) {
				problems.add(migration.fileName() + " changed since Flyway ran it (checksum " + stored
						+ " in the history, " + computed + " now): restore it, or run 'flyway repair' if the change"
						+ " is intended");
			}
		}
		String current = history.current();
		for (Migration migration : scripts.versioned()) {
			if (current != null && FlywayScripts.compareVersions(migration.version(), current) < 0
					&& !history.includes(migration.version())) {
				problems.add(migration.fileName() + " is below the database's version " + current
						+ " but never ran (an ignored migration): run it by hand or remove it");
			}
		}
		for (Map.Entry<String, @Nullable Integer> applied : history.applied().entrySet()) {
			if (scripts.versioned().stream()
				.noneMatch((migration) -> FlywayScripts.compareVersions(migration.version(), applied.getKey()) == 0)) {
				problems.add("version " + applied.getKey() + " was applied but no script declares it: restore the"
						+ " script");
			}
		}
		if (!problems.isEmpty()) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "Nothing was written: the Flyway history does"
					+ " not match the scripts: " + String.join("; ", problems));
		}
	}

	private @Nullable String stamp(FlywayScripts scripts, FlywayHistoryTable history, ImportWriter writer) {
		String current = history.current();
		String target = null;
		for (Migration migration : scripts.versioned()) {
			if (current != null && FlywayScripts.compareVersions(migration.version(), current) <= 0) {
				target = migration.revisionId();
			}
		}
		if (target == null) {
			logger.info("Not stamping: Flyway's history holds no version of the imported scripts");
			return null;
		}
		writer.stamp(target, "Flyway version " + current);
		return target;
	}

}
