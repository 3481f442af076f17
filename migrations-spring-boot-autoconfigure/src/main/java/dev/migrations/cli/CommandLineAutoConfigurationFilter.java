package dev.migrations.cli;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Leaves out of a command's application context the auto-configurations that {@link CommandLineRunListener} names
 * as not needed by the command: JPA's, whose {@code EntityManagerFactory} Spring creates eagerly even on the light
 * path (it is load-time-weaver aware), for every command that does not compare the database with the JPA model.
 * Outside a command the property is unset and nothing is left out.
 */
final class CommandLineAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	/**
	 * The auto-configuration classes to leave out, comma-separated, each a class name or a package prefix ending in
	 * {@code .*}; set by the command line only.
	 */
	static final String PROPERTY = "migrations.command-line.skipped-auto-configurations";

	private Set<String> skipped = Set.of();

	@Override
	public void setEnvironment(Environment environment) {
		@Nullable String value = environment.getProperty(PROPERTY);
		this.skipped = (value != null) ? StringUtils.commaDelimitedListToSet(value) : Set.of();
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			matches[i] = autoConfigurationClasses[i] == null || !skipped(autoConfigurationClasses[i]);
		}
		return matches;
	}

	private boolean skipped(String autoConfiguration) {
		for (String skipped : this.skipped) {
			if (skipped.endsWith(".*") ? autoConfiguration.startsWith(skipped.substring(0, skipped.length() - 1))
					: autoConfiguration.equals(skipped)) {
				return true;
			}
		}
		return false;
	}

}
