package dev.migrations.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationLauncherTests {

	@TempDir
	Path temp;

	private final List<String> classpath = List.of(Path.of("target/test-classes").toAbsolutePath().toString(),
			"/no/such/directory with a space");

	@Test
	void runsTheMainClassInTheProjectDirectoryWithTheJvmOptionsAndArguments() throws Exception {
		ApplicationLauncher.Outcome outcome = launcher().run(List.of("-Dfixture=on"), List.of("-m", "add email"));
		assertThat(outcome.exitCode()).isZero();
		assertThat(Files.readString(this.temp.resolve("arguments.txt"))).startsWith("-m|add email\nfixture=on ");
	}

	@Test
	void aFailureKeepsTheErrorLinesOrElseTheEndOfTheStandardError() throws Exception {
		ApplicationLauncher.Outcome reported = launcher().run(
				List.of("-Dfixture.exit=2", "-Dfixture.error=UNKNOWN_REVISION"), List.of());
		assertThat(reported).isEqualTo(new ApplicationLauncher.Outcome(2, "ERROR [UNKNOWN_REVISION] it failed"));
		ApplicationLauncher.Outcome unreported = launcher().run(List.of("-Dfixture.exit=1"), List.of());
		assertThat(unreported).isEqualTo(new ApplicationLauncher.Outcome(1, "a log line"));
	}

	private ApplicationLauncher launcher() {
		return new ApplicationLauncher(this.temp, this.classpath, ExitingMain.class.getName());
	}

}
