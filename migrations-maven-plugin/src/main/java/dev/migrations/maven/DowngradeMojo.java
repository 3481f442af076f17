package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:downgrade [-Dmigrations.target=TARGET] [-Dmigrations.sql]}: reverts down to the target, by
 * default {@code -1}, the last revision.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends MigrationsMojo {

	/** The target: {@code -1}, {@code base}, a revision; {@code START:END} with {@code sql}. */
	@Parameter(property = "migrations.target", defaultValue = "-1")
	private String target;

	/** Prints the SQL instead of running it ({@code --sql}), without connecting. */
	@Parameter(property = "migrations.sql", defaultValue = "false")
	private boolean sql;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("downgrade"));
		command.add(this.target);
		if (this.sql) {
			command.add("--sql");
		}
		return command;
	}

}
