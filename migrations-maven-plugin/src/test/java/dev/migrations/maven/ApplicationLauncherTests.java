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
		ApplicationLauncher launcher = new ApplicationLauncher(this.temp, this.classpath, ExitingMain.class.getName());
		ApplicationLauncher.Outcome outcome = launcher.run(List.of("-Dfixture=on"), List.of("0", "-m", "add email"));
		assertThat(outcome.exitCode()).isZero();
		assertThat(Files.readString(this.temp.resolve("arguments.txt"))).isEqualTo("0|-m|add email|on");
	}

	@Test
	void aFailureKeepsTheErrorLinesOrElseTheEndOfTheStandardError() throws Exception {
		ApplicationLauncher launcher = new ApplicationLauncher(this.temp, this.classpath, ExitingMain.class.getName());
		ApplicationLauncher.Outcome reported = launcher.run(List.of(), List.of("2", "UNKNOWN_REVISION"));
		assertThat(reported).isEqualTo(new ApplicationLauncher.Outcome(2, "ERROR [UNKNOWN_REVISION] it failed"));
		ApplicationLauncher.Outcome unreported = launcher.run(List.of(), List.of("1"));
		assertThat(unreported).isEqualTo(new ApplicationLauncher.Outcome(1, "a log line"));
	}

}
