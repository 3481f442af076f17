package dev.migrations.core.script;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filesystem location is listed in parallel, or a small directory on the calling thread: either way it must find
 * what a sequential walk finds, in the same order.
 */
class LocationTests {

	@TempDir
	Path directory;

	@Test
	void listsALargeDirectoryInTheOrderOfASequentialWalk() throws IOException {
		for (int i = 0; i < 500; i++) {
			Files.writeString(this.directory.resolve("r" + i + ".sql"), "--");
			if (i % 50 == 0) {
				Path nested = Files.createDirectories(this.directory.resolve("nested" + i));
				Files.writeString(nested.resolve("n" + i + ".sql"), "--");
				Files.writeString(nested.resolve("notes" + i + ".txt"), "");
				Files.writeString(Files.createDirectories(this.directory.resolve("dir" + i + ".sql")).resolve("d.sql"), "--");
			}
		}
		Files.writeString(this.directory.resolve("README.md"), "");
		Files.createSymbolicLink(this.directory.resolve("link.sql"), this.directory.resolve("r1.sql"));
		Files.createSymbolicLink(this.directory.resolve("linked-directory"), this.directory.resolve("nested0"));
		List<ScriptResource> found = Location.parse("filesystem:" + this.directory).scan(getClass().getClassLoader());
		List<String> expected = new ArrayList<>();
		walk(this.directory.toFile(), expected);
		assertThat(found).extracting(ScriptResource::description).hasSize(521).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, ParallelReads.THRESHOLD - 3, ParallelReads.THRESHOLD })
	void listsADirectoryOnEitherSideOfTheParallelThresholdInTheOrderOfASequentialWalk(int entries) throws IOException {
		// Three entries besides the files: a nested directory (whose own entries are few), a text file and a link.
		for (int i = 0; i < entries - 3; i++) {
			Files.writeString(this.directory.resolve("r" + i + ".sql"), "--");
		}
		Path nested = Files.createDirectories(this.directory.resolve("nested"));
		Files.writeString(nested.resolve("n.sql"), "--");
		Files.writeString(this.directory.resolve("notes.txt"), "");
		Files.createSymbolicLink(this.directory.resolve("link.sql"), this.directory.resolve("r0.sql"));
		List<ScriptResource> found = Location.parse("filesystem:" + this.directory).scan(getClass().getClassLoader());
		List<String> expected = new ArrayList<>();
		walk(this.directory.toFile(), expected);
		assertThat(this.directory.toFile().list()).hasSize(entries);
		assertThat(found).extracting(ScriptResource::description).hasSize(entries - 1).isEqualTo(expected);
	}

	// The sequential walk: the revision files in listing order, each directory's files in its place, links to
	// directories not followed.
	private static void walk(File directory, List<String> found) {
		for (String name : directory.list()) {
			File file = new File(directory, name);
			if (name.endsWith(".sql") && file.isFile()) {
				found.add(file.getPath());
			}
			else if (file.isDirectory() && !Files.isSymbolicLink(file.toPath())) {
				walk(file, found);
			}
		}
	}

}
