package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of the revision fixtures under {@code src/test/resources/revisions}, for tests that edit revision files the
 * way a developer would.
 */
public final class RevisionFiles {

	private RevisionFiles() {
	}

	/**
	 * Copies a fixture's revision files into a directory.
	 * @param fixture the fixture directory name, such as {@code linear}
	 * @param directory the target directory
	 * @return the {@code filesystem:} location of the copy
	 */
	public static String copy(String fixture, Path directory) {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/revisions", fixture))) {
			for (Path file : files.toList()) {
				Files.copy(file, directory.resolve(file.getFileName()));
			}
			return "filesystem:" + directory.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the one file in a directory whose name contains the revision id.
	 * @param directory the directory
	 * @param revision the revision id
	 * @return the file
	 */
	public static Path file(Path directory, String revision) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().contains(revision)).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces text in the file of a revision.
	 * @param directory the directory
	 * @param revision the revision id
	 * @param text the text to replace
	 * @param replacement its replacement
	 */
	public static void edit(Path directory, String revision, String text, String replacement) {
		Path file = file(directory, revision);
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			if (!content.contains(text)) {
				throw new IllegalArgumentException(file + " does not contain '" + text + "'");
			}
			Files.writeString(file, content.replace(text, replacement), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
