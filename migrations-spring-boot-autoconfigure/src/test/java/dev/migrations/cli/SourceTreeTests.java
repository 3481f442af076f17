package dev.migrations.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTreeTests {

	@TempDir
	Path temp;

	@Test
	void aCheckoutIsFoundFromAnyDirectoryInsideItAndMapsClasspathLocationsToItsSources() throws IOException {
		Path project = Files.createDirectories(this.temp.resolve("service"));
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Files.createDirectories(project.resolve("src/main/resources/db/migrations"));
		Files.createDirectories(project.resolve("src/main/java/com/example"));
		Files.writeString(this.temp.resolve("pom.xml"), "<project/>");
		SourceTree tree = SourceTree.find(null, project.resolve("src/main/java/com/example")).orElseThrow();
		assertThat(tree.root()).isEqualTo(project.toAbsolutePath());
		assertThat(tree.locations(List.of("classpath:db/migrations", "classpath:db/missing", "filesystem:/x")))
			.containsExactly("filesystem:" + project.resolve("src/main/resources/db/migrations").toAbsolutePath(),
					"classpath:db/missing", "filesystem:/x");
		assertThat(tree.sourceOf("filesystem:/x")).isNull();
	}

	@Test
	void outsideACheckoutThereIsNone() throws IOException {
		Path deployed = Files.createDirectories(this.temp.resolve("opt/app"));
		Files.writeString(deployed.resolve("pom.xml"), "<project/>");
		assertThat(SourceTree.find(null, deployed)).isEmpty();
	}

	@Test
	void theCheckoutOfTheMainClassWinsOverTheCurrentDirectory() throws IOException {
		Path elsewhere = Files.createDirectories(this.temp.resolve("elsewhere"));
		SourceTree tree = SourceTree.find(SourceTreeTests.class, elsewhere).orElseThrow();
		assertThat(tree.root().resolve("src/main/resources")).isDirectory();
		assertThat(tree.root().getFileName().toString()).isEqualTo("migrations-spring-boot-autoconfigure");
	}

}
