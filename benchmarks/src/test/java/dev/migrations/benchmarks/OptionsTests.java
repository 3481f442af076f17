package dev.migrations.benchmarks;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrations.benchmarks.contestant.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OptionsTests {

	@Test
	void defaultsAreTheFullRun() {
		Options options = Options.parse();
		assertThat(options.repetitions()).isEqualTo(5);
		assertThat(options.sizes()).containsExactly(100, 1000, 10000);
		assertThat(options.databases()).containsExactly(DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL);
		assertThat(options.contenders(1000)).containsExactly(Contender.CLI, Contender.JDBC, Contender.OURS,
				Contender.FLYWAY, Contender.LIQUIBASE);
		assertThat(options.contenders(10000)).containsExactly(Contender.CLI, Contender.JDBC, Contender.OURS);
		assertThat(options.report()).isEqualTo(options.work().resolve("results.md"));
		assertThat(options.runs(1000, 4)).isTrue();
		assertThat(options.runs(10000, 2)).isTrue();
		assertThat(options.runs(10000, 3)).isFalse();
		assertThat(options.graphOnly()).isFalse();
		assertThat(options.introspectTables()).isEqualTo(500);
		assertThat(options.introspectOnly()).isFalse();
		assertThat(options.rebuildRows()).isEqualTo(1_000_000);
		assertThat(options.extraOnly()).isFalse();
	}

	@Test
	void onlyRebuildMeasuresTheSqliteRebuildAlone() {
		Options options = Options.parse("--only", "rebuild", "--rebuild-rows", "1000");
		assertThat(options.rebuildOnly()).isTrue();
		assertThat(options.extraOnly()).isTrue();
		assertThat(options.introspectOnly()).isFalse();
		assertThat(options.rebuildRows()).isEqualTo(1000);
	}

	@Test
	void onlyCliMeasuresTheCommandLineColdStartAlone() {
		Options options = Options.parse("--only", "cli", "--cli-runs", "3", "--cli-jar", "app.jar");
		assertThat(options.cliOnly()).isTrue();
		assertThat(options.extraOnly()).isTrue();
		assertThat(options.cliRuns()).isEqualTo(3);
		assertThat(options.cliJar()).isEqualTo(Path.of("app.jar").toAbsolutePath());
		assertThat(Options.parse().cliJar().toString()).endsWith("sample-app/target/sample-app-0.1.0-SNAPSHOT.jar");
	}

	@Test
	void onlyIntrospectMeasuresIntrospectionAlone() {
		Options options = Options.parse("--only", "introspect", "--introspect-tables", "50");
		assertThat(options.introspectOnly()).isTrue();
		assertThat(options.graphOnly()).isFalse();
		assertThat(options.introspectTables()).isEqualTo(50);
	}

	@Test
	void onlyAutogenerateMeasuresAutogenerateAlone() {
		assertThat(Options.parse().autogenerateEntities()).isEqualTo(200);
		Options options = Options.parse("--only", "autogenerate", "--autogenerate-entities", "20");
		assertThat(options.autogenerateOnly()).isTrue();
		assertThat(options.extraOnly()).isTrue();
		assertThat(options.introspectOnly()).isFalse();
		assertThat(options.autogenerateEntities()).isEqualTo(20);
	}

	@Test
	void onlyStartupMeasuresTheSpringStartupAlone() {
		assertThat(Options.parse().startupRevisions()).isEqualTo(100);
		Options options = Options.parse("--only", "startup", "--startup-revisions", "10");
		assertThat(options.startupOnly()).isTrue();
		assertThat(options.extraOnly()).isTrue();
		assertThat(options.startupRevisions()).isEqualTo(10);
	}

	@Test
	void onlyGraphSkipsTheDatabaseRuns() {
		assertThat(Options.parse("--only", "graph").graphOnly()).isTrue();
		assertThat(Options.parse("--only", "all").graphOnly()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--only", "sqlite"))
			.withMessageContaining("'--only graph'");
	}

	@Test
	void argumentsOverrideDefaultsAndJvmOptionsAccumulate() {
		Options options = Options.parse("--repetitions", "2", "--sizes", "10, 20", "--contenders", "ours,flyway",
				"--postgres", "db.local:6543", "--jvm-option", "-Xmx1g", "--jvm-option", "-Xss1m");
		assertThat(options.repetitions()).isEqualTo(2);
		assertThat(options.sizes()).containsExactly(10, 20);
		assertThat(options.contenders(10)).containsExactly(Contender.OURS, Contender.FLYWAY);
		assertThat(options.postgres().host()).isEqualTo("db.local");
		assertThat(options.postgres().port()).isEqualTo(6543);
		assertThat(options.jvmOptions()).isEqualTo(List.of("-Xmx1g", "-Xss1m"));
	}

	@Test
	void readsLibraryVersionsFromTheClasspath() {
		String classpath = String.join(java.io.File.pathSeparator, "/m2/flyway-database-postgresql-12.4.0.jar",
				"/m2/postgresql-42.7.13.jar", "/m2/flyway-core-12.4.0.jar");
		assertThat(Environment.version(classpath, "flyway-core")).isEqualTo("12.4.0");
		assertThat(Environment.version(classpath, "postgresql")).isEqualTo("42.7.13");
		assertThat(Environment.version(classpath, "liquibase-core")).isEqualTo("unknown");
	}

	@Test
	void eachJvmGetsItsOwnToolsJarsOnly() throws Exception {
		String classpath = String.join(java.io.File.pathSeparator, "/m2/flyway-core-12.4.0.jar",
				"/m2/liquibase-core-5.0.3.jar", "/m2/postgresql-42.7.13.jar", "/m2/spring-core-7.0.9.jar",
				"/m2/snakeyaml-2.6.jar", "/m2/flyway-database-postgresql-12.4.0.jar");
		Launcher launcher = new Launcher(classpath, java.nio.file.Files.createTempDirectory("options"), List.of());
		assertThat(launcher.classpath(Contender.OURS)).containsExactly("/m2/flyway-core-12.4.0.jar",
				"/m2/postgresql-42.7.13.jar", "/m2/flyway-database-postgresql-12.4.0.jar");
		assertThat(launcher.classpath(Contender.LIQUIBASE)).containsExactly("/m2/liquibase-core-5.0.3.jar",
				"/m2/postgresql-42.7.13.jar", "/m2/snakeyaml-2.6.jar");
		assertThat(launcher.classpath(Contender.JDBC)).containsExactly("/m2/postgresql-42.7.13.jar");
	}

}
