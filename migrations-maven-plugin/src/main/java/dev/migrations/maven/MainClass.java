package dev.migrations.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Finds the application's main class the way {@code spring-boot:run} does: the configured one, else the
 * {@code start-class} property, else the one class in {@code target/classes} annotated with
 * {@code @SpringBootApplication}, found in the class files without loading them.
 */
final class MainClass {

	private static final byte[] ANNOTATION = "Lorg/springframework/boot/autoconfigure/SpringBootApplication;"
		.getBytes(StandardCharsets.UTF_8);

	private MainClass() {
	}

	static String of(String configured, String startClass, Path classesDirectory) throws MojoExecutionException {
		if (configured != null && !configured.isBlank()) {
			return configured.strip();
		}
		if (startClass != null && !startClass.isBlank()) {
			return startClass.strip();
		}
		List<String> candidates = annotatedClasses(classesDirectory);
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		throw new MojoExecutionException(candidates.isEmpty()
				? "No class annotated with @SpringBootApplication in " + classesDirectory
						+ "; set the plugin's <mainClass> (or -Dmigrations.mainClass=...)"
				: "Several classes annotated with @SpringBootApplication in " + classesDirectory + ": " + candidates
						+ "; set the plugin's <mainClass> (or -Dmigrations.mainClass=...) to one of them");
	}

	static List<String> annotatedClasses(Path classesDirectory) {
		try (Stream<Path> files = Files.walk(classesDirectory)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.filter(MainClass::isAnnotated)
				.map((file) -> className(classesDirectory, file))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isAnnotated(Path classFile) {
		try {
			return indexOf(Files.readAllBytes(classFile), ANNOTATION) >= 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String className(Path classesDirectory, Path classFile) {
		String relative = classesDirectory.relativize(classFile).toString();
		return relative.substring(0, relative.length() - ".class".length()).replace(classFile.getFileSystem()
			.getSeparator(), ".");
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
