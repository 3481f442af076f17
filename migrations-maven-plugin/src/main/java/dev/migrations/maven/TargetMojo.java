package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal whose command moves the version table to a target, and which can print its SQL instead of running it:
 * {@code upgrade}, {@code downgrade} and {@code stamp}.
 */
public abstract class TargetMojo extends MigrationsMojo {

	/** Prints the SQL instead of running it ({@code --sql}), without connecting. */
	@Parameter(property = "migrations.sql", defaultValue = "false")
	private boolean sql;

	/**
	 * The command line of the verb towards the target.
	 * @param verb the command
	 * @param target the goal's target
	 * @return the arguments after {@code migrations}
	 */
	protected List<String> command(String verb, String target) {
		List<String> command = new ArrayList<>(List.of(verb, target));
		if (this.sql) {
			command.add("--sql");
		}
		return command;
	}

}
