package dev.migrations.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrations:check}: fails the build unless the database is at the single head, with nothing to resolve,
 * and matches the schema model; {@code -Dmigrations.arguments=--offline} compares the model with the revisions alone.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends MigrationsMojo {

	@Override
	protected List<String> command() {
		return List.of("check");
	}

}
