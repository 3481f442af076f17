package dev.migrations.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:upgrade [-Dmigrations.target=TARGET] [-Dmigrations.sql]}: applies the revisions up to the
 * target, by default {@code head}.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends MigrationsMojo {

	/** The target: {@code head}, {@code heads}, a revision, {@code +2}; {@code START:END} with {@code sql}. */
	@Parameter(property = "migrations.target", defaultValue = "head")
	private String target;

	/** Prints the SQL instead of running it ({@code --sql}), without connecting. */
	@Parameter(property = "migrations.sql", defaultValue = "false")
	private boolean sql;

	@Override
	protected List<String> command() {
		List<String> command = new ArrayList<>(List.of("upgrade"));
		command.add(this.target);
		if (this.sql) {
			command.add("--sql");
		}
		return command;
	}

}
