package dev.migrations.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:downgrade [-Dmigrations.target=TARGET] [-Dmigrations.sql]}: reverts down to the target, by
 * default {@code -1}, the last revision.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends TargetMojo {

	/** The target: {@code -1}, {@code base}, a revision; {@code START:END} with {@code sql}. */
	@Parameter(property = "migrations.target", defaultValue = "-1")
	private String target;

	@Override
	protected List<String> command() {
		return command("downgrade", this.target);
	}

}
