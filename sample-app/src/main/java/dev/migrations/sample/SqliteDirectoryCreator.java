package dev.migrations.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates the directory of a file-based SQLite database (such as {@code ./data}) so the service starts on a fresh
 * checkout; the SQLite driver creates the file but not its directory.
 */
class SqliteDirectoryCreator implements EnvironmentPostProcessor {

	private static final String PREFIX = "jdbc:sqlite:";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith(PREFIX) || url.contains(":memory:")) {
			return;
		}
		String file = url.substring(PREFIX.length());
		int options = file.indexOf('?');
		Path parent = Path.of((options >= 0) ? file.substring(0, options) : file).toAbsolutePath().getParent();
		try {
			Files.createDirectories(parent);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the SQLite directory " + parent, ex);
		}
	}

}
