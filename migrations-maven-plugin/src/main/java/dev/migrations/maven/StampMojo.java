package dev.migrations.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:stamp [-Dmigrations.target=TARGET] [-Dmigrations.sql]}: sets the version table to the
 * target, by default {@code head}, without running any revision.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends TargetMojo {

	/** The target: {@code head}, a revision; {@code START:END} with {@code sql}. */
	@Parameter(property = "migrations.target", defaultValue = "head")
	private String target;

	@Override
	protected List<String> command() {
		return command("stamp", this.target);
	}

}
