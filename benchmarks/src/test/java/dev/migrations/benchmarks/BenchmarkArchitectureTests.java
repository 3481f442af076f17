package dev.migrations.benchmarks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The benchmarks measure what users run: the facade and its API, never the engine's internals.
 */
class BenchmarkArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrations.benchmarks");

	@Test
	void benchmarksUseOnlyTheFacadeAndItsApi() {
		noClasses().that().resideInAPackage("dev.migrations.benchmarks..")
			.should().dependOnClassesThat().resideInAnyPackage("dev.migrations.core.runtime..",
					"dev.migrations.core.dialect..", "dev.migrations.core.script..", "dev.migrations.core.revision..")
			.check(classes);
	}

}
