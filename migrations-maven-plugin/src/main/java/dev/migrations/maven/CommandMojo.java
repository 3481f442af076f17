package dev.migrations.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:command -Dmigrations.command="show current"}: any command with its arguments, as after
 * {@code migrations} on the command line ({@code branches}, {@code show}, {@code merge}, {@code schema},
 * {@code import}...).
 */
@Mojo(name = "command", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CommandMojo extends MigrationsMojo {

	/** The command and its arguments, such as {@code "merge heads -m 'merge branches'"}. */
	@Parameter(property = "migrations.command", required = true)
	private String commandLine;

	@Override
	protected List<String> command() {
		return Words.split(this.commandLine);
	}

}
