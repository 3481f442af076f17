package dev.migrations.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:upgrade [-Dmigrations.target=TARGET] [-Dmigrations.sql]}: applies the revisions up to the
 * target, by default {@code head}.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends TargetMojo {

	/** The target: {@code head}, {@code heads}, a revision, {@code +2}; {@code START:END} with {@code sql}. */
	@Parameter(property = "migrations.target", defaultValue = "head")
	private String target;

	@Override
	protected List<String> command() {
		return command("upgrade", this.target);
	}

}
