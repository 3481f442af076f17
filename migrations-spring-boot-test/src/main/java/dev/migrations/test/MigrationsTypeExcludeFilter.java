package dev.migrations.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Keeps the application's components out of a {@link MigrationsTest} context, as the other test slices do.
 */
class MigrationsTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<MigrationsTest> {

	MigrationsTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
