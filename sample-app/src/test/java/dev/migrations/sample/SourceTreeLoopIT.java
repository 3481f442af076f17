package dev.migrations.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's edit-upgrade loop in a copy of the sample project, through the {@code migrate} script and the packaged
 * jar, run from a subdirectory of the copy: {@code create} writes into the copy's source tree, {@code upgrade} applies
 * what was just written, a second {@code create} revises the first, and the dev profile's SQLite file lives under the
 * project root whatever the current directory.
 */
class SourceTreeLoopIT {

	private static final String DUE_DATE = "a41c7e29b5d8";

	@TempDir
	Path temp;

	@Test
	void createWriteUpgradeCreateUpgradeDowngradeInTheSourceTree() throws Exception {
		Path project = copyOfTheSampleProject();
		Path revisions = project.resolve("src/main/resources/db/migrations");
		String first = created(migrate(project, "create", "Add user email"));
		assertThat(first).startsWith(revisions.toString());
		fill(Path.of(first), "ALTER TABLE users ADD COLUMN nickname VARCHAR(80);", "ALTER TABLE users DROP COLUMN nickname;");
		assertThat(migrate(project, "upgrade")).contains("Add user email");
		String second = created(migrate(project, "create", "Add task color"));
		assertThat(Files.readString(Path.of(second))).contains("-- Revises: " + id(first) + "\n");
		fill(Path.of(second), "ALTER TABLE tasks ADD COLUMN color VARCHAR(20);", "ALTER TABLE tasks DROP COLUMN color;");
		assertThat(migrate(project, "upgrade")).contains("Add task color");
		assertThat(migrate(project, "current")).contains("Rev: " + id(second) + " (head)");
		assertThat(migrate(project, "downgrade")).contains("Running downgrade " + id(second) + " -> " + id(first));
		assertThat(project.resolve("data/sample.db")).exists();
		assertThat(migrate(project, "heads")).contains(id(second) + " (head)");
		assertThat(migrate(project, "show", "current")).contains("Rev: " + id(first));
		assertThat(migrate(project, "branches")).isEmpty();
		SampleCli.Result history = run(project.resolve("src"), List.of("bash", "../migrate", "history"));
		assertThat(history.err()).contains("Revisions: filesystem:" + revisions);
		assertThat(history.out()).contains(DUE_DATE + " -> " + id(first) + " (current)");
	}

	private Path copyOfTheSampleProject() throws Exception {
		Path project = Files.createDirectories(this.temp.resolve("sample-app"));
		Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
		Files.copy(Path.of("migrate"), project.resolve("migrate"));
		Path resources = Path.of("src/main/resources");
		try (Stream<Path> files = Files.walk(resources)) {
			for (Path file : files.toList()) {
				Path target = project.resolve("src/main/resources").resolve(resources.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return project;
	}

	private static void fill(Path revision, String upgrade, String downgrade) throws Exception {
		String text = Files.readString(revision);
		text = text.replace("-- migrations:upgrade\n", "-- migrations:upgrade\n" + upgrade + "\n")
			.replace("-- migrations:downgrade\n", "-- migrations:downgrade\n" + downgrade + "\n");
		Files.writeString(revision, text);
	}

	private static String created(String output) {
		String line = output.lines().filter((each) -> each.startsWith("Generated ")).findFirst().orElseThrow();
		return line.substring("Generated ".length()).strip();
	}

	private static String id(String file) {
		String name = Path.of(file).getFileName().toString();
		return name.substring(name.indexOf('-') + 1, name.indexOf('_', name.indexOf('-')));
	}

	private String migrate(Path project, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", project.resolve("migrate").toString()));
		command.addAll(List.of(arguments));
		SampleCli.Result result = run(project.resolve("src/main"), command);
		assertThat(result.exitCode()).as("migrate %s: %s%s", List.of(arguments), result.out(), result.err()).isZero();
		return result.out();
	}

	private SampleCli.Result run(Path directory, List<String> command) throws Exception {
		Path out = Files.createTempFile(this.temp, "migrate", ".out");
		Path err = Files.createTempFile(this.temp, "migrate", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("MIGRATIONS_"));
		builder.environment().putAll(Map.of("MIGRATE_JAR",
				Path.of(System.getProperty("sample.jar", "target/sample-app-0.1.0-SNAPSHOT.jar")).toAbsolutePath().toString()));
		Process process = builder.start();
		process.waitFor();
		return new SampleCli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

}
