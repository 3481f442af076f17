package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:current [-Dmigrations.verbose]}: the revisions the database is at.
 */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends MigrationsMojo {

	/** Shows each revision in full ({@code --verbose}). */
	@Parameter(property = "migrations.verbose", defaultValue = "false")
	private boolean verbose;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("current"));
		if (this.verbose) {
			command.add("--verbose");
		}
		return command;
	}

}
