package dev.migrations.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of DESIGN.md: the engine never imports Spring or Micrometer, and each core layer only looks down.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.migrations");

	@Test
	void coreDoesNotImportSpringOrMicrometer() {
		noClasses().that().resideInAPackage("dev.migrations.core..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micrometer..")
			.check(classes);
	}

	@Test
	void revisionLayerIsPure() {
		noClasses().that().resideInAPackage("dev.migrations.core.revision..")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.io..", "java.nio.file..",
					"org.slf4j..", "org.flywaydb..", "dev.migrations.core.script..", "dev.migrations.core.dialect..",
					"dev.migrations.core.runtime..")
			.check(classes);
	}

	@Test
	void scriptAndDialectLayersOnlyLookDown() {
		noClasses().that().resideInAnyPackage("dev.migrations.core.script..", "dev.migrations.core.dialect..")
			.should().dependOnClassesThat().resideInAnyPackage("dev.migrations.core.runtime..")
			.check(classes);
		noClasses().that().resideInAPackage("dev.migrations.core.script..")
			.should().dependOnClassesThat().resideInAPackage("dev.migrations.core.dialect..")
			.check(classes);
		noClasses().that().resideInAPackage("dev.migrations.core.dialect..")
			.should().dependOnClassesThat().resideInAPackage("dev.migrations.core.script..")
			.check(classes);
	}

	@Test
	void onlyTheDialectAdapterTouchesFlywayInternals() {
		noClasses().that().doNotHaveFullyQualifiedName("dev.migrations.core.dialect.FlywayStatementSplitter")
			.and().haveNameNotMatching("dev\\.migrations\\.core\\.dialect\\.FlywayStatementSplitter\\$.*")
			.and().doNotHaveFullyQualifiedName("dev.migrations.core.dialect.PostgresDialect")
			.and().doNotHaveFullyQualifiedName("dev.migrations.core.dialect.SqliteDialect")
			.should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
			.check(classes);
	}

	@Test
	void lowerCoreLayersDoNotUseTheFacade() {
		noClasses().that().resideInAnyPackage("dev.migrations.core.revision..", "dev.migrations.core.script..",
				"dev.migrations.core.dialect..", "dev.migrations.core.runtime..", "dev.migrations.core.error..")
			.should().dependOnClassesThat().resideInAPackage("dev.migrations.core")
			.check(classes);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("dev.migrations.(**)").should().beFreeOfCycles().check(classes);
	}

}
