package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:stamp [-Dmigrations.target=TARGET] [-Dmigrations.sql]}: sets the version table to the
 * target, by default {@code head}, without running any revision.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends MigrationsMojo {

	/** The target: {@code head}, a revision; {@code START:END} with {@code sql}. */
	@Parameter(property = "migrations.target", defaultValue = "head")
	private String target;

	/** Prints the SQL instead of running it ({@code --sql}), without connecting. */
	@Parameter(property = "migrations.sql", defaultValue = "false")
	private boolean sql;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("stamp"));
		command.add(this.target);
		if (this.sql) {
			command.add("--sql");
		}
		return command;
	}

}
