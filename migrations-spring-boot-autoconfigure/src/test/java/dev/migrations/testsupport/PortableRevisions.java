package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.schema.SchemaModel;

/**
 * Writes revision files whose upgrade is a {@code -- migrations:operations} section, for tests of portable
 * revisions.
 */
public final class PortableRevisions {

	private PortableRevisions() {
	}

	/**
	 * Writes one revision file.
	 * @param directory the directory
	 * @param id the revision id
	 * @param parent the revision it revises, or {@code null} for a base
	 * @param body the text below the header: markers and sections
	 * @return the file
	 */
	public static Path write(Path directory, String id, @Nullable String parent, String body) {
		Path file = directory.resolve("2026_01_01_0000-" + id + "_portable.sql");
		String content = "-- Portable revision " + id + "\n--\n-- Revision: " + id + "\n-- Revises: "
				+ ((parent != null) ? parent : "") + "\n-- Create Date: 2026-01-01 00:00:00\n\n" + body;
		try {
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Writes one revision file of operations.
	 * @param directory the directory
	 * @param id the revision id
	 * @param parent the revision it revises, or {@code null} for a base
	 * @param operations the operations, one per line
	 * @return the file
	 */
	public static Path operations(Path directory, String id, @Nullable String parent, String operations) {
		return write(directory, id, parent, "-- migrations:operations\n" + operations + "\n");
	}

	/**
	 * Returns the {@code filesystem:} location of a directory.
	 * @param directory the directory
	 * @return the location
	 */
	public static String location(Path directory) {
		return "filesystem:" + directory.toAbsolutePath();
	}

	/**
	 * Builds an engine over a directory of revisions with a model to autogenerate from.
	 * @param database the database
	 * @param directory the revisions' directory
	 * @param model the model
	 * @return the engine
	 */
	public static Migrations autogenerating(TestDatabase database, Path directory, SchemaModel model) {
		return Migrations.builder(database.dataSource()).locations(List.of(location(directory))).model(model).build();
	}

	/**
	 * Returns the request for a new revision written into a directory, revising its head.
	 * @param directory the revisions' directory
	 * @param message the message
	 * @return the request
	 */
	public static NewRevision request(Path directory, String message) {
		return new NewRevision(message, directory, null, false, List.of(), List.of(), null);
	}

}
