package dev.migrations.core.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Writes a new revision file from the template: {@code {yyyy}_{MM}_{dd}_{HHmm}-{rev}_{slug}.sql} with the header
 * filled in and empty upgrade and downgrade sections, or an empty portable operations section.
 */
public final class RevisionFileWriter {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy_MM_dd_HHmm", Locale.ROOT);

	private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private static final int MAX_SLUG = 40;

	/**
	 * Writes the file of a new revision, with empty sections.
	 * @param directory the revision directory, created if missing
	 * @param revision the revision to declare
	 * @param created when it was created
	 * @return the new file
	 * @throws MigrationsException with {@link ErrorCode#UNREADABLE_LOCATION} when the file cannot be written
	 */
	public Path write(Path directory, Revision revision, LocalDateTime created) {
		return write(directory, revision, created, false);
	}

	/**
	 * Writes the file of a new revision, with SQL sections or a portable operations section.
	 * @param directory the revision directory, created if missing
	 * @param revision the revision to declare
	 * @param created when it was created
	 * @param operations whether to write a {@code -- migrations:operations} section, whose downgrade is derived
	 * @return the new file
	 * @throws MigrationsException with {@link ErrorCode#UNREADABLE_LOCATION} when the file cannot be written
	 */
	public Path write(Path directory, Revision revision, LocalDateTime created, boolean operations) {
		return write(directory, revision, created,
				operations ? withOperations(content(revision, created)) : content(revision, created));
	}

	/**
	 * Writes a revision file with the given content, never over an existing file.
	 * @param directory the revision directory, created if missing
	 * @param revision the revision the content declares
	 * @param created when it was created, for the file name
	 * @param content the file content
	 * @return the new file
	 * @throws MigrationsException with {@link ErrorCode#UNREADABLE_LOCATION} when the file cannot be written
	 */
	public Path write(Path directory, Revision revision, LocalDateTime created, String content) {
		Path file = directory.resolve(fileName(revision, created));
		try {
			Files.createDirectories(directory);
			Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
			return file;
		}
		catch (IOException ex) {
			throw new MigrationsException(ErrorCode.UNREADABLE_LOCATION, "Cannot write revision file " + file + ": "
					+ ex.getMessage() + "; check migrations.revision.directory", ex);
		}
	}

	// The template's SQL sections replaced by an operations section; src/docs/operations.md has the syntax.
	private static String withOperations(String content) {
		return content.substring(0, content.indexOf("-- migrations:upgrade"))
				+ "-- migrations:operations\n-- one operation per line, such as: add column users.age integer null"
				+ " default 0\n-- the downgrade is derived from the operations\n\n";
	}

	/**
	 * Returns the file name of a revision.
	 * @param revision the revision
	 * @param created when it was created
	 * @return the file name
	 */
	public static String fileName(Revision revision, LocalDateTime created) {
		String slug = revision.message().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.length() > MAX_SLUG) {
			slug = slug.substring(0, MAX_SLUG).replaceAll("_+$", "");
		}
		return FILE_DATE.format(created) + "-" + revision.id() + (slug.isEmpty() ? "" : "_" + slug) + ".sql";
	}

	/**
	 * Returns the content of a new revision's file.
	 * @param revision the revision
	 * @param created when it was created
	 * @return the file content
	 */
	public static String content(Revision revision, LocalDateTime created) {
		return header(revision, created, List.of(), true) + "-- migrations:upgrade\n\n\n-- migrations:downgrade\n\n";
	}

	/**
	 * Returns a revision file's header: the message, the notes as comment lines, then the header fields.
	 * @param revision the revision
	 * @param created when it was created
	 * @param notes comment lines after the message, such as where an imported revision came from
	 * @param transactional whether the revision runs in a transaction
	 * @return the header, ending with a blank line
	 */
	public static String header(Revision revision, LocalDateTime created, List<String> notes, boolean transactional) {
		StringBuilder text = new StringBuilder();
		text.append("-- ").append(revision.message().isBlank() ? "(no message)" : revision.message().strip()).append('\n');
		for (String note : notes) {
			text.append("-- ").append(note).append('\n');
		}
		text.append("--\n");
		text.append("-- Revision: ").append(revision.id()).append('\n');
		text.append("-- Revises: ").append(String.join(", ", revision.parents())).append('\n');
		text.append("-- Create Date: ").append(HEADER_DATE.format(created)).append('\n');
		if (!revision.branchLabels().isEmpty()) {
			text.append("-- Branch Labels: ").append(String.join(", ", revision.branchLabels().stream().sorted().toList()))
				.append('\n');
		}
		if (!revision.dependsOn().isEmpty()) {
			text.append("-- Depends On: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		text.append("-- Transactional: ").append(transactional).append("\n\n");
		return text.toString();
	}

}
