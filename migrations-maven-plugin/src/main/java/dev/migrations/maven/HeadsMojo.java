package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:heads [-Dmigrations.verbose]}: the heads of the revision files.
 */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends MigrationsMojo {

	/** Shows each revision in full ({@code --verbose}). */
	@Parameter(property = "migrations.verbose", defaultValue = "false")
	private boolean verbose;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("heads"));
		if (this.verbose) {
			command.add("--verbose");
		}
		return command;
	}

}
