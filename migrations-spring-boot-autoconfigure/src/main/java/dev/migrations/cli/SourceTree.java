package dev.migrations.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The project checkout a command runs in, so that it reads and writes the revisions of the source tree, not the
 * copies packaged in {@code target/classes} or the jar: a directory with a {@code pom.xml} or
 * {@code build.gradle[.kts]} and a {@code src/main/resources}, found from where the application's classes were loaded
 * ({@code target/classes}, {@code target/app.jar}, {@code build/libs/app.jar}), else from the current directory
 * upwards. A jar deployed outside a checkout has none.
 *
 * @param root the project directory
 */
record SourceTree(Path root) {

	private static final String CLASSPATH = "classpath:";

	private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

	/**
	 * Finds the checkout of an application.
	 * @param mainClass the application's main class, or {@code null}
	 * @param workingDirectory the current directory
	 * @return the checkout, or empty outside one
	 */
	static Optional<SourceTree> find(@Nullable Class<?> mainClass, Path workingDirectory) {
		Path codeLocation = codeLocation(mainClass);
		if (codeLocation != null) {
			for (Path candidate = codeLocation; candidate != null; candidate = candidate.getParent()) {
				if (isProject(candidate)) {
					return Optional.of(new SourceTree(candidate));
				}
			}
		}
		for (Path candidate = workingDirectory.toAbsolutePath().normalize(); candidate != null;
				candidate = candidate.getParent()) {
			if (isProject(candidate)) {
				return Optional.of(new SourceTree(candidate));
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the source directory of a {@code classpath:} location.
	 * @param location a location, such as {@code classpath:db/migrations}
	 * @return the directory below {@code src/main/resources}, or {@code null} for another kind of location
	 */
	@Nullable Path sourceOf(String location) {
		String text = location.strip();
		if (!text.startsWith(CLASSPATH) && text.contains(":")) {
			return null;
		}
		String path = text.startsWith(CLASSPATH) ? text.substring(CLASSPATH.length()) : text;
		return resources().resolve(path.replaceAll("^/+", "")).normalize();
	}

	/**
	 * Maps each {@code classpath:} location to its source directory, when the directory exists or is the one new
	 * revisions are written to; other locations stay as they are.
	 * @param locations the configured locations
	 * @return the locations to read
	 */
	List<String> locations(List<String> locations) {
		List<String> mapped = new ArrayList<>();
		for (int i = 0; i < locations.size(); i++) {
			Path source = sourceOf(locations.get(i));
			mapped.add((source != null && (i == 0 || Files.isDirectory(source))) ? "filesystem:" + source
					: locations.get(i));
		}
		return mapped;
	}

	Path resources() {
		return this.root.resolve("src/main/resources");
	}

	private static boolean isProject(Path directory) {
		return Files.isDirectory(directory.resolve("src/main/resources"))
				&& BUILD_FILES.stream().anyMatch((file) -> Files.isRegularFile(directory.resolve(file)));
	}

	private static @Nullable Path codeLocation(@Nullable Class<?> mainClass) {
		if (mainClass == null) {
			return null;
		}
		CodeSource source = mainClass.getProtectionDomain().getCodeSource();
		if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
			return null;
		}
		try {
			return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
	}

}
