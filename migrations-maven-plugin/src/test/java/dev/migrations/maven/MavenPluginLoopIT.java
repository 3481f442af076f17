package dev.migrations.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's edit-upgrade loop through the Maven goals, in a copy of the sample project built by a nested Maven:
 * offline, against a local repository that holds this build's modules and plugin ({@code invoker:install}) in front
 * of the user's, so that a fresh clone's {@code mvn verify} tests the plugin it just packaged. {@code revision}
 * writes into the copy's source tree, {@code upgrade} applies it, a second {@code revision} revises the first, and
 * a failed command fails the build with the command's error.
 */
class MavenPluginLoopIT {

	private static final String DUE_DATE = "a41c7e29b5d8";

	@TempDir
	Path temp;

	// Goals that need no edit between them share one Maven run: each run costs a Maven and an application start.
	@Test
	void revisionWriteUpgradeRevisionUpgradeDowngradeCurrentThroughTheGoals() throws Exception {
		Path project = copyOfTheSampleProject();
		Path revisions = project.resolve("src/main/resources/db/migrations");
		String first = created(mvn(project, "compile", "migrations:revision", "-Dmigrations.message=Add user email"));
		assertThat(first).startsWith(revisions.toString());
		fill(Path.of(first), "ALTER TABLE users ADD COLUMN nickname VARCHAR(80);",
				"ALTER TABLE users DROP COLUMN nickname;");
		String upgradeRevision = mvn(project, "migrations:upgrade", "migrations:revision",
				"-Dmigrations.message=Add task color");
		assertThat(upgradeRevision).contains("Running upgrade " + DUE_DATE + " -> " + id(first) + ", Add user email");
		String second = created(upgradeRevision);
		assertThat(Files.readString(Path.of(second))).contains("-- Revises: " + id(first) + "\n");
		fill(Path.of(second), "ALTER TABLE tasks ADD COLUMN color VARCHAR(20);", "ALTER TABLE tasks DROP COLUMN color;");
		assertThat(mvn(project, "migrations:upgrade", "migrations:downgrade", "migrations:current",
				"-Dmigrations.verbose"))
			.contains("Running upgrade " + id(first) + " -> " + id(second) + ", Add task color")
			.contains("Running downgrade " + id(second) + " -> " + id(first))
			.contains("Rev: " + id(first));
		assertThat(project.resolve("data/sample.db")).exists();
	}

	@Test
	void propertiesReachTheApplicationAndAFailedCommandFailsTheBuild() throws Exception {
		Path project = copyOfTheSampleProject();
		Path other = project.resolve("data/other.db");
		Files.createDirectories(other.getParent());
		assertThat(mvn(project, "compile", "migrations:upgrade", "-Dspring.datasource.url=jdbc:sqlite:" + other))
			.contains("Running upgrade 5ec6405addd0 -> " + DUE_DATE);
		assertThat(other).exists();
		assertThat(project.resolve("data/sample.db")).doesNotExist();
		Result failed = run(project, List.of("migrations:upgrade", "-Dmigrations.target=0123456789ab"));
		assertThat(failed.exitCode()).isNotZero();
		assertThat(failed.output()).containsPattern("migrations upgrade failed with exit code [1-9]: ERROR \\[");
	}

	private Path copyOfTheSampleProject() throws Exception {
		Path sample = Path.of(System.getProperty("sample.project", "../sample-app"));
		Path project = Files.createDirectories(this.temp.resolve("sample-app"));
		Files.copy(sample.resolve("pom.xml"), project.resolve("pom.xml"));
		Path main = sample.resolve("src/main");
		try (Stream<Path> files = Files.walk(main)) {
			for (Path file : files.toList()) {
				Path target = project.resolve("src/main").resolve(main.relativize(file).toString());
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

	private String mvn(Path project, String... goals) throws Exception {
		Result result = run(project, List.of(goals));
		assertThat(result.exitCode()).as("mvn %s:%n%s", List.of(goals), result.output()).isZero();
		return result.output();
	}

	// From a subdirectory of the copy: the goals find the source tree from the project, not the current directory.
	private Result run(Path project, List<String> goals) throws Exception {
		List<String> command = new ArrayList<>(List.of(maven(), "-B", "-o", "-q", "-f",
				project.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + property("it.repository"),
				"-Dmaven.repo.local.tail=" + property("user.repository")));
		command.addAll(goals);
		Path log = Files.createTempFile(this.temp, "mvn", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.resolve("src/main").toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("MIGRATIONS_")
				|| name.startsWith("DATABASE_") || name.equals("MAVEN_ARGS"));
		builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
		Process process = builder.start();
		process.getOutputStream().close();
		int exitCode = process.waitFor();
		return new Result(exitCode, Files.readString(log));
	}

	private static String maven() {
		Path home = Path.of(property("maven.home"));
		boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
		return home.resolve("bin").resolve(windows ? "mvn.cmd" : "mvn").toString();
	}

	private static String property(String name) {
		String value = System.getProperty(name);
		assertThat(value).as("system property %s (set by the failsafe configuration)", name).isNotBlank();
		return value;
	}

	private record Result(int exitCode, String output) {
	}

}
