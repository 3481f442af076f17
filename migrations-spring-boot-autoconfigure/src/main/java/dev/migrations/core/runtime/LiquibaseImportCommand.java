package dev.migrations.core.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.ImportResult;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.LiquibaseChangelog;
import dev.migrations.core.script.LiquibaseChangelog.Changeset;

/**
 * {@code import liquibase}: turns a Liquibase changelog into a linear chain of revisions, one per changeset, its
 * changes rendered to each dialect's SQL and its rollback as the downgrade; with {@code --stamp} marks a database
 * that Liquibase migrated as being at the revision of its last executed changeset, without running anything.
 */
public final class LiquibaseImportCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public LiquibaseImportCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Imports a changelog.
	 * @param root the directory the changelog's paths are relative to
	 * @param changelog the changelog's path below {@code root}
	 * @param dialects the dialects to render sections for, every supported one when empty
	 * @param directory the directory to write to, which must hold no revision yet
	 * @param stamp whether to stamp the database from {@code DATABASECHANGELOG}
	 * @return the files written, what was left out and the revision stamped
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when the changelog or the history cannot be
	 * taken over as they are; nothing is written then
	 */
	public ImportResult run(Path root, String changelog, List<String> dialects, Path directory, boolean stamp) {
		return this.engine.command("import", "liquibase " + changelog, () -> {
			List<String> rendered = dialects.isEmpty() ? Dialects.names().stream().sorted().toList() : dialects;
			LiquibaseChangelog parsed = LiquibaseChangelog.read(root, changelog, rendered);
			if (parsed.changesets().isEmpty()) {
				throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "The changelog " + changelog
						+ " has no changesets; name the master changelog with --changelog");
			}
			List<String> ids = ids(parsed.changesets());
			@Nullable Set<String> executed = stamp ? executed() : null;
			int last = (executed != null) ? lastExecuted(parsed.changesets(), executed) : -1;
			ImportWriter writer = new ImportWriter(this.engine, directory);
			for (int i = 0; i < parsed.changesets().size(); i++) {
				Changeset changeset = parsed.changesets().get(i);
				Revision revision = new Revision(ids.get(i), (i > 0) ? List.of(ids.get(i - 1)) : List.of(), List.of(),
						Set.of(), message(changeset), changeset.name());
				writer.add(revision, content(writer, revision, changeset));
			}
			List<CreatedRevision> written = writer.write();
			if (executed == null || last < 0) {
				return new ImportResult(written, parsed.notConverted(), null, null);
			}
			String target = ids.get(last);
			writer.stamp(target, "changeset " + parsed.changesets().get(last).name());
			return new ImportResult(written, parsed.notConverted(), parsed.changesets().get(last).name(), target);
		});
	}

	private static List<String> ids(List<Changeset> changesets) {
		List<String> ids = new ArrayList<>();
		String format = "lb%0" + Math.max(3, String.valueOf(changesets.size()).length()) + "d";
		for (int i = 0; i < changesets.size(); i++) {
			String slug = changesets.get(i).id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
				.replaceAll("^_+|_+$", "");
			String id = String.format(Locale.ROOT, format, i + 1) + (slug.isEmpty() ? "" : "_" + slug);
			ids.add((id.length() > Revision.MAX_ID_LENGTH)
					? id.substring(0, Revision.MAX_ID_LENGTH).replaceAll("_+$", "") : id);
		}
		return ids;
	}

	private static String message(Changeset changeset) {
		String comment = (changeset.comment() != null) ? changeset.comment().strip().replaceAll("\\s+", " ") : "";
		return "Liquibase " + changeset.id() + " by " + changeset.author() + (comment.isEmpty() ? "" : ": " + comment);
	}

	// One section for every dialect where all render the same SQL, else a section per dialect.
	private static String content(ImportWriter writer, Revision revision, Changeset changeset) {
		StringBuilder text = new StringBuilder(writer.header(revision,
				List.of("Imported from Liquibase changeset " + changeset.name()), true));
		sections(text, "upgrade", changeset.upgrade());
		if (changeset.downgrade() != null) {
			text.append('\n');
			sections(text, "downgrade", changeset.downgrade());
		}
		return text.toString();
	}

	private static void sections(StringBuilder text, String direction, Map<String, String> sql) {
		if (sql.isEmpty()) {
			text.append("-- migrations:").append(direction).append('\n');
			return;
		}
		if (new HashSet<>(sql.values()).size() == 1) {
			text.append("-- migrations:").append(direction).append('\n').append(sql.values().iterator().next());
			return;
		}
		for (Map.Entry<String, String> entry : sql.entrySet()) {
			text.append("-- migrations:").append(direction).append(" dialect=").append(entry.getKey()).append('\n')
				.append(entry.getValue()).append('\n');
		}
	}

	private Set<String> executed() {
		return this.engine.withSession((session) -> {
			ImportWriter.refuseAdopted(this.engine, session, "Liquibase");
			return read(session.connection(), session.dialect(), this.engine.schema());
		});
	}

	private static Set<String> read(Connection connection, Dialect dialect, @Nullable SqlIdentifier schema)
			throws SQLException {
		SqlIdentifier table = tableName(connection, dialect, schema);
		Set<String> executed = new HashSet<>();
		List<String> failed = new ArrayList<>();
		String sql = "SELECT id, author, filename, exectype FROM " + dialect.qualify(schema, table);
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				String name = result.getString(3) + "::" + result.getString(1) + "::" + result.getString(2);
				String type = result.getString(4).toUpperCase(Locale.ROOT);
				if (type.equals("FAILED")) {
					failed.add(name);
				}
				else if (!type.equals("SKIPPED")) {
					executed.add(name);
				}
			}
		}
		if (!failed.isEmpty()) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "Liquibase's DATABASECHANGELOG records failed"
					+ " changeset(s) " + String.join(", ", failed) + "; finish them with Liquibase, then import again");
		}
		return executed;
	}

	// Liquibase creates the table in upper case where the database folds names to upper case, in lower case on
	// PostgreSQL.
	private static SqlIdentifier tableName(Connection connection, Dialect dialect, @Nullable SqlIdentifier schema)
			throws SQLException {
		for (String name : List.of("databasechangelog", "DATABASECHANGELOG")) {
			SqlIdentifier candidate = new SqlIdentifier(name);
			if (dialect.tableExists(connection, schema, candidate)) {
				return candidate;
			}
		}
		throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "There is no DATABASECHANGELOG table to stamp from;"
				+ " import without --stamp");
	}

	// The last changeset Liquibase ran, refusing a history that the revisions could not reproduce: a changeset run
	// that the changelog no longer has, or one before the last that never ran.
	private static int lastExecuted(List<Changeset> changesets, Set<String> executed) {
		int last = -1;
		for (int i = 0; i < changesets.size(); i++) {
			if (executed.contains(changesets.get(i).name())) {
				last = i;
			}
		}
		List<String> problems = new ArrayList<>();
		Set<String> known = new HashSet<>();
		for (int i = 0; i < changesets.size(); i++) {
			known.add(changesets.get(i).name());
			if (i < last && !executed.contains(changesets.get(i).name())) {
				problems.add(changesets.get(i).name() + " comes before the last executed changeset but never ran");
			}
		}
		executed.stream().filter((name) -> !known.contains(name)).sorted()
			.forEach((name) -> problems.add(name + " ran but the changelog no longer has it"));
		if (!problems.isEmpty()) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "Nothing was written: Liquibase's history does"
					+ " not match the changelog: " + String.join("; ", problems));
		}
		return last;
	}

}
