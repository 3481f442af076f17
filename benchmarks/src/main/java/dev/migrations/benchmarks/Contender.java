package dev.migrations.benchmarks;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.benchmarks.contestant.FlywayContestant;
import dev.migrations.benchmarks.contestant.JdbcContestant;
import dev.migrations.benchmarks.contestant.LiquibaseContestant;
import dev.migrations.benchmarks.contestant.OursContestant;

/**
 * Every contestant of a run, with the class a fresh JVM runs and the jars it needs: each JVM gets its own tool's jars
 * only, as an application that uses one tool has.
 */
public enum Contender {

	/** The database's own command-line client running the limit script. */
	CLI("limit: CLI", null, List.of()),

	/** A raw-JDBC program running the limit script. */
	JDBC("limit: raw JDBC", JdbcContestant.class.getName(), List.of()),

	/** This project's engine. */
	OURS("migrations", OursContestant.class.getName(),
			List.of("migrations-spring-boot-autoconfigure", "flyway-core", "flyway-database-postgresql", "flyway-mysql",
					"jackson-")),

	/** Flyway Core. */
	FLYWAY("Flyway", FlywayContestant.class.getName(),
			List.of("flyway-core", "flyway-database-postgresql", "jackson-")),

	/** Liquibase. */
	LIQUIBASE("Liquibase", LiquibaseContestant.class.getName(), List.of("liquibase-core", "snakeyaml",
			"commons-collections4", "commons-text", "opencsv", "jaxb-api", "commons-lang3", "commons-io"));

	/** What every JVM contestant needs: the benchmark classes, both JDBC drivers, the logging API and the pool. */
	static final List<String> COMMON = List.of("benchmarks", "migrations-benchmarks", "sqlite-jdbc", "postgresql-",
			"checker-qual", "slf4j-api", "slf4j-simple", "jspecify", "HikariCP-");

	private final String label;

	private final @Nullable String contestantClass;

	private final List<String> artifacts;

	Contender(String label, @Nullable String contestantClass, List<String> artifacts) {
		this.label = label;
		this.contestantClass = contestantClass;
		this.artifacts = artifacts;
	}

	/**
	 * Returns the name reports show.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Returns the {@code Contestant} class a fresh JVM runs.
	 * @return the class name, or {@code null} for the command-line client
	 */
	public @Nullable String contestantClass() {
		return this.contestantClass;
	}

	/**
	 * Whether this contestant runs in a JVM.
	 * @return {@code false} for the command-line client
	 */
	public boolean isJvm() {
		return this.contestantClass != null;
	}

	/**
	 * Whether this contestant can downgrade.
	 * @return {@code false} for Flyway's community edition
	 */
	public boolean canDowngrade() {
		return this != FLYWAY;
	}

	/**
	 * Returns the artifact names, beside {@link #COMMON}, whose jars or class directories this contestant needs.
	 * @return name prefixes of jar files or module directories
	 */
	public List<String> artifacts() {
		return this.artifacts;
	}

}
