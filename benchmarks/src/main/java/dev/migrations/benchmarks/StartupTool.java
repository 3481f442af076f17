package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.benchmarks.workload.LiquibaseChangelog;
import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * The variants of the startup benchmark's application: each JVM gets Spring Boot with JDBC and a pool, and its own
 * tool's auto-configuration and jars only, as an application that uses one tool has.
 */
enum StartupTool {

	/** No migration tool: what the application costs by itself. */
	NONE("no tool", List.of()),

	/** This project's starter. */
	OURS("migrations starter", List.of("migrations-spring-boot-autoconfigure", "flyway-core",
			"flyway-database-postgresql", "flyway-mysql", "jackson-")),

	/** Spring Boot's Flyway integration. */
	FLYWAY("Boot + Flyway", List.of("spring-boot-flyway-", "flyway-core", "flyway-database-postgresql", "jackson-")),

	/** Spring Boot's Liquibase integration. */
	LIQUIBASE("Boot + Liquibase", List.of("spring-boot-liquibase-", "liquibase-core", "snakeyaml", "commons-collections4",
			"commons-text", "opencsv", "jaxb-api", "commons-lang3", "commons-io"));

	/** What every variant's JVM gets beside the common entries: Spring Boot, JDBC and the pool. */
	static final List<String> SPRING = List.of("spring-boot-4", "spring-boot-autoconfigure-4", "spring-boot-jdbc-4",
			"spring-boot-sql-4", "spring-boot-transaction-4", "spring-boot-persistence-4", "spring-core-",
			"spring-context-", "spring-beans-", "spring-aop-", "spring-expression-", "spring-jdbc-", "spring-tx-",
			"HikariCP-", "micrometer-observation-", "micrometer-commons-", "commons-logging-", "jakarta.annotation-api-");

	private final String label;

	private final List<String> artifacts;

	StartupTool(String label, List<String> artifacts) {
		this.label = label;
		this.artifacts = artifacts;
	}

	/**
	 * Returns the name reports show.
	 * @return the label
	 */
	String label() {
		return this.label;
	}

	/**
	 * Returns the artifacts this variant's JVM gets beside the common ones.
	 * @return the artifacts' name prefixes
	 */
	List<String> artifacts() {
		List<String> all = new ArrayList<>(SPRING);
		all.addAll(this.artifacts);
		return all;
	}

	/**
	 * Returns the application's arguments: the database, logging at WARN, and where the tool finds the workload.
	 * @param url the JDBC URL
	 * @param files the workload in every format
	 * @return Spring Boot command-line properties
	 */
	List<String> arguments(String url, WorkloadFiles files) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
		switch (this) {
			case NONE -> {
			}
			case OURS -> arguments.add("--migrations.locations=filesystem:" + files.revisions());
			case FLYWAY -> arguments.add("--spring.flyway.locations=filesystem:" + files.flyway());
			case LIQUIBASE -> arguments
				.add("--spring.liquibase.change-log=file:" + files.liquibase().resolve(LiquibaseChangelog.FILE_NAME));
		}
		return arguments;
	}

}
