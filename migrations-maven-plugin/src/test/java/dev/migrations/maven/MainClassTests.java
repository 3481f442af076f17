package dev.migrations.maven;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MainClassTests {

	private static final Path TEST_CLASSES = Path.of("target/test-classes");

	@TempDir
	Path temp;

	@Test
	void findsTheSpringBootApplicationInTheClassFiles() throws Exception {
		assertThat(MainClass.annotatedClasses(TEST_CLASSES)).containsExactly(FixtureApplication.class.getName());
		Path classes = copyOf(FixtureApplication.class, ExitingMain.class);
		assertThat(MainClass.of(null, "", classes)).isEqualTo(FixtureApplication.class.getName());
	}

	@Test
	void theConfiguredClassThenStartClassComeFirst() throws Exception {
		assertThat(MainClass.of(" com.example.App ", "com.example.Start", this.temp)).isEqualTo("com.example.App");
		assertThat(MainClass.of(null, "com.example.Start", this.temp)).isEqualTo("com.example.Start");
	}

	@Test
	void noneOrSeveralAskForTheMainClass() throws Exception {
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(() -> MainClass.of(null, null, this.temp))
			.withMessageContaining("No class annotated with @SpringBootApplication in " + this.temp)
			.withMessageContaining("-Dmigrations.mainClass=");
		Path classes = copyOf(FixtureApplication.class);
		Files.copy(classes.resolve(path(FixtureApplication.class)), classes.resolve("Other.class"));
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(() -> MainClass.of(null, null, classes))
			.withMessageContaining("Several classes annotated with @SpringBootApplication")
			.withMessageContaining("[Other, " + FixtureApplication.class.getName() + "]");
	}

	private Path copyOf(Class<?>... types) throws Exception {
		Path classes = Files.createDirectories(this.temp.resolve("classes"));
		for (Class<?> type : types) {
			Path target = classes.resolve(path(type));
			Files.createDirectories(target.getParent());
			Files.copy(TEST_CLASSES.resolve(path(type)), target);
		}
		return classes;
	}

	private static String path(Class<?> type) {
		return type.getName().replace('.', '/') + ".class";
	}

}
