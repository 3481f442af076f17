package dev.migrations.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The goals as Maven configures them, with a stand-in application: the command line they build, the properties
 * that reach the application, and how a failure fails the build.
 */
class MigrationsMojoTests {

	@TempDir
	Path temp;

	@Test
	void upgradeRunsTheCommandWithItsOptionsTheProfilesAndTheForwardedProperties() throws Exception {
		UpgradeMojo upgrade = configured(new UpgradeMojo());
		set(upgrade, UpgradeMojo.class, "target", "a41c7e29b5d8:head");
		set(upgrade, TargetMojo.class, "sql", true);
		set(upgrade, "arguments", "--dialect postgresql");
		set(upgrade, "profiles", "prod");
		Properties user = new Properties();
		user.setProperty("migrations.url", "jdbc:sqlite:other.db");
		user.setProperty("migrations.target", "a41c7e29b5d8:head");
		user.setProperty("maven.repo.local", "/elsewhere");
		set(upgrade, "userProperties", user);
		upgrade.execute();
		assertThat(Files.readString(this.temp.resolve("arguments.txt")))
			.isEqualTo("migrations|upgrade|a41c7e29b5d8:head|--sql|--dialect|postgresql|--spring.profiles.active=prod\n"
					+ "fixture=null spring.profiles.active=null migrations.url=jdbc:sqlite:other.db migrations.target=null");
	}

	@Test
	void revisionPassesTheMessageWhole() throws Exception {
		RevisionMojo revision = configured(new RevisionMojo());
		set(revision, RevisionMojo.class, "message", "add user email");
		set(revision, RevisionMojo.class, "autogenerate", true);
		revision.execute();
		assertThat(Files.readString(this.temp.resolve("arguments.txt")))
			.startsWith("migrations|revision|-m|add user email|--autogenerate\n");
	}

	@Test
	void aFailedCommandFailsTheBuildWithItsError() throws Exception {
		CheckMojo check = configured(new CheckMojo());
		set(check, "jvmArguments", "-Dfixture.exit=3 -Dfixture.error=CHECK_FAILED");
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(check::execute)
			.withMessage("migrations check failed with exit code 3: ERROR [CHECK_FAILED] it failed");
	}

	@Test
	void withoutClassesItAsksToCompile() throws Exception {
		CurrentMojo current = configured(new CurrentMojo());
		set(current, "classesDirectory", this.temp.resolve("target/classes").toFile());
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(current::execute)
			.withMessageContaining("compile the project first, for example 'mvn compile migrations:current'");
	}

	@Test
	void aPomModuleIsSkipped() throws Exception {
		CurrentMojo current = configured(new CurrentMojo());
		set(current, "packaging", "pom");
		current.execute();
		assertThat(this.temp.resolve("arguments.txt")).doesNotExist();
	}

	private <T extends MigrationsMojo> T configured(T mojo) throws Exception {
		set(mojo, "baseDirectory", this.temp.toFile());
		set(mojo, "packaging", "jar");
		set(mojo, "classesDirectory", new File("target/test-classes"));
		set(mojo, "classpath", List.of(Path.of("target/test-classes").toAbsolutePath().toString()));
		set(mojo, "mainClass", ExitingMain.class.getName());
		return mojo;
	}

	private static void set(MigrationsMojo mojo, String name, Object value) throws Exception {
		set(mojo, MigrationsMojo.class, name, value);
	}

	private static void set(MigrationsMojo mojo, Class<?> type, String name, Object value) throws Exception {
		Field field = type.getDeclaredField(name);
		field.setAccessible(true);
		field.set(mojo, value);
	}

}
