package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:history [-Dmigrations.verbose]}: the revisions, newest first, marking the ones the database
 * is at ({@code --indicate-current}).
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends MigrationsMojo {

	/** Shows each revision in full ({@code --verbose}). */
	@Parameter(property = "migrations.verbose", defaultValue = "false")
	private boolean verbose;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("history"));
		command.add("--indicate-current");
		if (this.verbose) {
			command.add("--verbose");
		}
		return command;
	}

}
