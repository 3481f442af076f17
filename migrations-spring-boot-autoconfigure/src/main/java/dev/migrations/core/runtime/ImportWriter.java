package dev.migrations.core.runtime;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.Revision;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.RevisionFileParser;
import dev.migrations.core.script.RevisionFileWriter;
import dev.migrations.core.script.ScriptResource;

/**
 * Writes the revision files of an import: only into a directory without revision files, and only after every file
 * parsed back as the revision it declares, so that a failed import leaves nothing behind.
 */
final class ImportWriter {

	private static final Logger logger = LoggerFactory.getLogger(ImportWriter.class);

	private final Engine engine;

	private final Path directory;

	private final LocalDateTime created;

	private final List<PendingFile> files = new ArrayList<>();

	ImportWriter(Engine engine, Path directory) {
		this.engine = engine;
		this.directory = directory;
		this.created = LocalDateTime.now(engine.clock());
		List<ScriptResource> existing = Files.isDirectory(directory)
				? Location.parse("filesystem:" + directory.toAbsolutePath()).scan(engine.classLoader()) : List.of();
		if (!existing.isEmpty()) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "The revision directory " + directory + " already"
					+ " holds " + existing.size() + " revision file(s), such as " + existing.get(0).fileName()
					+ "; an import writes the first revisions of a project: import into an empty directory"
					+ " (migrations.revision.directory) and merge by hand");
		}
	}

	/**
	 * Adds a file, checking that it parses back as the revision.
	 */
	void add(Revision revision, String content) {
		String fileName = RevisionFileWriter.fileName(revision, this.created);
		File file = this.directory.resolve(fileName).toFile();
		try {
			ScriptResource resource = new ScriptResource(fileName, file.getPath(), file.toURI().toURL());
			Revision parsed = new RevisionFileParser(Dialects.names(), this.engine.placeholders())
				.parse(resource, content)
				.revision();
			if (!parsed.id().equals(revision.id()) || !parsed.parents().equals(revision.parents())) {
				throw new IllegalStateException("Imported revision " + revision.id() + " parses as " + parsed.id());
			}
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
		catch (MigrationsException ex) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "Nothing was written: the revision converted from "
					+ revision.source() + " would not load: " + ex.getMessage(), ex);
		}
		this.files.add(new PendingFile(revision, content));
	}

	List<CreatedRevision> write() {
		RevisionFileWriter writer = new RevisionFileWriter();
		List<CreatedRevision> written = new ArrayList<>();
		for (PendingFile file : this.files) {
			written.add(new CreatedRevision(file.revision(),
					writer.write(this.directory, file.revision(), this.created, file.content())));
		}
		this.engine.reload();
		return written;
	}

	// Marks the database as being at an imported revision without running anything: the stamp reads the files just
	// written, which the engine's own locations need not include.
	void stamp(String revision, String source) {
		Engine imported = this.engine.withLocations(List.of("filesystem:" + this.directory.toAbsolutePath()));
		new StampCommand(imported).run(List.of(revision), false);
		this.engine.reload();
		logger.warn("Stamped '{}' at revision {} ({}) without running anything; the revisions after it run as usual",
				this.engine.name(), revision, source);
	}

	String header(Revision revision, List<String> notes, boolean transactional) {
		return RevisionFileWriter.header(revision, this.created, notes, transactional);
	}

	static String withNewline(String sql) {
		return sql.endsWith("\n") ? sql : sql + "\n";
	}

	// --stamp adopts a database that another tool migrated, never one this tool has migrated or stamped already.
	static void refuseAdopted(Engine engine, Session session, String tool) throws SQLException {
		if (session.dialect().tableExists(session.connection(), engine.schema(), engine.versionTable())
				&& !session.rows().isEmpty()) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "The database already has migrations version rows ("
					+ String.join(", ", session.rows()) + "); --stamp only adopts a database that " + tool
					+ " migrated and this tool did not");
		}
	}

	private record PendingFile(Revision revision, String content) {
	}

}
