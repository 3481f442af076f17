package dev.migrations.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs one migrations command in the project's own application, as
 * {@code java -cp <runtime classpath> <main class> migrations <command> ...} in a forked JVM, so that the
 * application's properties, profiles, JDBC driver and source-tree revisions apply exactly as on the command line,
 * and the plugin's own classpath stays out of it.
 */
public abstract class MigrationsMojo extends AbstractMojo {

	// The plugin's own user properties; every other -Dspring.* and -Dmigrations.* reaches the application.
	private static final Set<String> OWN_PROPERTIES = Set.of("migrations.target", "migrations.message",
			"migrations.autogenerate", "migrations.sql", "migrations.arguments", "migrations.command",
			"migrations.mainClass", "migrations.jvmArguments", "migrations.profiles", "migrations.skip",
			"migrations.verbose");

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	private File baseDirectory;

	@Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
	private File classesDirectory;

	@Parameter(defaultValue = "${project.packaging}", readonly = true, required = true)
	private String packaging;

	@Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
	private List<String> classpath;

	@Parameter(defaultValue = "${session.userProperties}", readonly = true)
	private Properties userProperties;

	/** The application's main class; by default {@code start-class}, else the {@code @SpringBootApplication} class. */
	@Parameter(property = "migrations.mainClass")
	private String mainClass;

	@Parameter(defaultValue = "${start-class}", readonly = true)
	private String startClass;

	/** The Spring profiles to activate ({@code --spring.profiles.active}), comma-separated. */
	@Parameter(property = "migrations.profiles")
	private String profiles;

	/** More arguments of the command, as on the command line: {@code "--sql --dialect postgresql"}. */
	@Parameter(property = "migrations.arguments")
	private String arguments;

	/** Options of the forked JVM, such as {@code "-Xmx256m -Dlogging.level.root=INFO"}. */
	@Parameter(property = "migrations.jvmArguments")
	private String jvmArguments;

	/** Skips the goal. */
	@Parameter(property = "migrations.skip", defaultValue = "false")
	private boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		List<String> command;
		List<String> jvm = new ArrayList<>();
		try {
			command = new ArrayList<>(command());
			command.addAll(Words.split(this.arguments));
			jvm.addAll(Words.split(this.jvmArguments));
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
		String name = command.isEmpty() ? "" : command.get(0);
		if (this.skip || "pom".equals(this.packaging)) {
			getLog().info("Skipping migrations " + name + (this.skip ? "" : ": no application in a pom module"));
			return;
		}
		if (!this.classesDirectory.isDirectory()) {
			throw new MojoExecutionException("No " + this.classesDirectory + " to run the application from: compile"
					+ " the project first, for example 'mvn compile migrations:" + name + "'");
		}
		List<String> args = new ArrayList<>(List.of("migrations"));
		args.addAll(command);
		if (this.profiles != null && !this.profiles.isBlank()) {
			args.add("--spring.profiles.active=" + this.profiles.strip());
		}
		forwardedProperties().forEach((property, value) -> jvm.add("-D" + property + "=" + value));
		String main = MainClass.of(this.mainClass, this.startClass, this.classesDirectory.toPath());
		getLog().debug("Running " + main + " " + String.join(" ", args) + " in " + this.baseDirectory);
		ApplicationLauncher.Outcome outcome = new ApplicationLauncher(this.baseDirectory.toPath(), this.classpath, main)
			.run(jvm, args);
		if (outcome.exitCode() != 0) {
			throw new MojoFailureException("migrations " + name + " failed with exit code " + outcome.exitCode()
					+ (outcome.error().isEmpty() ? "" : ": " + outcome.error()));
		}
	}

	/**
	 * Returns the command and its arguments, without {@code migrations}.
	 * @return the command line, the command's name first
	 */
	protected abstract List<String> command();

	private Map<String, String> forwardedProperties() {
		Map<String, String> forwarded = new TreeMap<>();
		if (this.userProperties != null) {
			for (String name : this.userProperties.stringPropertyNames()) {
				if ((name.startsWith("spring.") || name.startsWith("migrations.")) && !OWN_PROPERTIES.contains(name)) {
					forwarded.put(name, this.userProperties.getProperty(name));
				}
			}
		}
		return forwarded;
	}

}
