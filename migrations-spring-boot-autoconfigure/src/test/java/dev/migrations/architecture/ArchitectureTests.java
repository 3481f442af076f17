package dev.migrations.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of {@code src/docs/architecture.md}: the front ends see only the facade and its API, the engine never
 * imports Spring or Micrometer, each core layer only looks down, and only the dialect layer touches Flyway.
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
	void frontEndsUseOnlyTheFacadeAndItsApi() {
		noClasses().that().resideInAnyPackage("dev.migrations.cli..", "dev.migrations.actuate..",
				"dev.migrations.autoconfigure..")
			.should().dependOnClassesThat().resideInAnyPackage("dev.migrations.core.runtime..",
					"dev.migrations.core.dialect..", "dev.migrations.core.script..", "dev.migrations.core.revision..",
					"dev.migrations.core.schema.inspect..")
			.check(classes);
	}

	@Test
	void coreLayersOnlyLookDown() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Front ends").definedBy("dev.migrations.cli..", "dev.migrations.actuate..",
					"dev.migrations.autoconfigure..")
			.layer("Facade").definedBy("dev.migrations.core")
			.layer("Runtime").definedBy("dev.migrations.core.runtime..")
			.layer("Script").definedBy("dev.migrations.core.script..")
			.layer("Dialect").definedBy("dev.migrations.core.dialect..")
			.layer("Revision").definedBy("dev.migrations.core.revision..")
			.layer("Inspect").definedBy("dev.migrations.core.schema.inspect..")
			.layer("Render").definedBy("dev.migrations.core.schema.render..")
			.layer("Diff").definedBy("dev.migrations.core.schema.diff..")
			.layer("Operation").definedBy("dev.migrations.core.schema.operation..")
			.layer("Schema").definedBy("dev.migrations.core.schema")
			.layer("Api").definedBy("dev.migrations.core.api..")
			.layer("Error").definedBy("dev.migrations.core.error..")
			.whereLayer("Front ends").mayNotBeAccessedByAnyLayer()
			.whereLayer("Facade").mayOnlyBeAccessedByLayers("Front ends")
			.whereLayer("Runtime").mayOnlyBeAccessedByLayers("Facade")
			.whereLayer("Script").mayOnlyBeAccessedByLayers("Runtime")
			.whereLayer("Dialect").mayOnlyBeAccessedByLayers("Facade", "Runtime")
			.whereLayer("Revision").mayOnlyBeAccessedByLayers("Runtime", "Script")
			.whereLayer("Inspect").mayOnlyBeAccessedByLayers("Facade", "Runtime", "Dialect")
			.whereLayer("Render").mayOnlyBeAccessedByLayers("Runtime", "Dialect")
			.whereLayer("Diff").mayOnlyBeAccessedByLayers("Runtime")
			.whereLayer("Operation").mayOnlyBeAccessedByLayers("Runtime", "Script", "Dialect", "Render", "Diff")
			.whereLayer("Schema").mayOnlyBeAccessedByLayers("Front ends", "Facade", "Runtime", "Script", "Dialect",
					"Inspect", "Render", "Operation", "Diff")
			.whereLayer("Api").mayOnlyBeAccessedByLayers("Front ends", "Facade", "Runtime", "Script", "Dialect",
					"Revision", "Schema", "Inspect", "Render", "Operation", "Diff")
			.check(classes);
	}

	@Test
	void revisionLayerIsPure() {
		noClasses().that().resideInAPackage("dev.migrations.core.revision..")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.io..", "java.nio.file..",
					"org.slf4j..", "org.flywaydb..")
			.check(classes);
	}

	// The API is values: a file's path, but no connection, no logging, no parser.
	@Test
	void schemaModelIsValues() {
		noClasses().that().resideInAPackage("dev.migrations.core.schema")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.io..", "java.nio..",
					"dev.migrations.core.dialect..", "dev.migrations.core.runtime..", "org.slf4j..")
			.check(classes);
	}

	// Introspection reads the database with JDBC, but knows nothing of commands, revision files or dialects.
	@Test
	void inspectionUsesNeitherRuntimeNorScriptsNorDialects() {
		noClasses().that().resideInAPackage("dev.migrations.core.schema.inspect..")
			.should().dependOnClassesThat().resideInAnyPackage("dev.migrations.core.runtime..",
					"dev.migrations.core.script..", "dev.migrations.core.dialect..", "dev.migrations.core.revision..",
					"org.slf4j..")
			.check(classes);
	}

	// Operations and their rendering are values and text: no JDBC, no files, no logging, no engine above them.
	@Test
	void operationsAndRenderingArePure() {
		noClasses().that().resideInAnyPackage("dev.migrations.core.schema.operation..",
				"dev.migrations.core.schema.render..", "dev.migrations.core.schema.diff..")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.io..", "java.nio..",
					"dev.migrations.core.dialect..", "dev.migrations.core.runtime..", "dev.migrations.core.script..",
					"dev.migrations.core.schema.inspect..", "org.slf4j..")
			.check(classes);
	}

	@Test
	void apiLayerIsValues() {
		noClasses().that().resideInAPackage("dev.migrations.core.api..")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.slf4j..",
					"org.flywaydb..")
			.check(classes);
	}

	@Test
	void onlyTheDialectLayerTouchesFlyway() {
		noClasses().that().resideOutsideOfPackage("dev.migrations.core.dialect")
			.should().dependOnClassesThat().resideInAPackage("org.flywaydb..")
			.check(classes);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("dev.migrations.(**)").should().beFreeOfCycles().check(classes);
	}

}
