package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:revision -Dmigrations.message="add email" [-Dmigrations.autogenerate]}: writes a new
 * revision file into the source tree, revising the head.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends MigrationsMojo {

	/** The revision's message ({@code -m}). */
	@Parameter(property = "migrations.message", required = true)
	private String message;

	/** Writes the operations that make the database match the schema model ({@code --autogenerate}). */
	@Parameter(property = "migrations.autogenerate", defaultValue = "false")
	private boolean autogenerate;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("revision"));
		command.addAll(List.of("-m", this.message));
		if (this.autogenerate) {
			command.add("--autogenerate");
		}
		return command;
	}

}
