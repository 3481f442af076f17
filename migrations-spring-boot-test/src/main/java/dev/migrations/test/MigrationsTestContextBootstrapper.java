package dev.migrations.test;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Bootstraps a {@link MigrationsTest}: its properties, and {@code migrations.startup=none}, so that starting the
 * context leaves the database where it is.
 */
class MigrationsTestContextBootstrapper extends TestSliceTestContextBootstrapper<MigrationsTest> {

	@Override
	protected String[] getProperties(Class<?> testClass) {
		String[] properties = super.getProperties(testClass);
		return Stream.concat(Stream.of("migrations.startup=none"),
				Arrays.stream((properties != null) ? properties : new String[0]))
			.toArray(String[]::new);
	}

}
