package dev.migrations.benchmarks.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.ScriptDirectory;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadFilesTests {

	@TempDir
	Path temp;

	@Test
	void revisionFilesFormAChainTheEngineLoads() throws IOException {
		WorkloadFiles files = WorkloadFiles.write(this.temp, new Workload(3));
		assertThat(names(files.revisions())).containsExactly("2026_01_01_0000-w00001_create_t_1.sql",
				"2026_01_01_0000-w00002_create_t_2.sql", "2026_01_01_0000-w00003_create_t_3.sql");
		RevisionGraph graph = ScriptDirectory
			.load(List.of(Location.parse("filesystem:" + files.revisions())), getClass().getClassLoader(),
					Dialects.names())
			.graph();
		assertThat(graph.size()).isEqualTo(3);
		assertThat(graph.bases()).containsExactly("w00001");
		assertThat(graph.heads()).containsExactly("w00003");
		assertThat(graph.get("w00002").parents()).containsExactly("w00001");
		assertThat(Files.readString(files.revisions().resolve("2026_01_01_0000-w00002_create_t_2.sql")))
			.contains("-- Revision: w00002\n-- Revises: w00001\n")
			.contains("-- migrations:upgrade\nCREATE TABLE t_2 (id integer PRIMARY KEY, name varchar(100) NOT NULL,"
					+ " created_at timestamp);\nCREATE INDEX ix_t_2_name ON t_2 (name);\n")
			.contains("-- migrations:downgrade\nDROP INDEX ix_t_2_name;\nDROP TABLE t_2;\n");
	}

	@Test
	void flywayGetsVersionedAndUndoMigrations() throws IOException {
		WorkloadFiles files = WorkloadFiles.write(this.temp, new Workload(3));
		assertThat(names(files.flyway())).containsExactly("V1__create_t_1.sql", "V2__create_t_2.sql",
				"V3__create_t_3.sql");
		assertThat(names(files.flywayUndo())).containsExactly("U1__create_t_1.sql", "U2__create_t_2.sql",
				"U3__create_t_3.sql");
		assertThat(Files.readString(files.flyway().resolve("V3__create_t_3.sql"))).isEqualTo(
				"CREATE TABLE t_3 (id integer PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp);\n"
						+ "CREATE INDEX ix_t_3_name ON t_3 (name);\n");
		assertThat(Files.readString(files.flywayUndo().resolve("U3__create_t_3.sql")))
			.isEqualTo("DROP INDEX ix_t_3_name;\nDROP TABLE t_3;\n");
	}

	@Test
	void liquibaseGetsOneChangesetWithRollbackPerRevision() throws IOException {
		WorkloadFiles files = WorkloadFiles.write(this.temp, new Workload(3));
		String changelog = Files.readString(files.liquibase().resolve(LiquibaseChangelog.FILE_NAME));
		assertThat(changelog).startsWith("-- liquibase formatted sql\n");
		assertThat(changelog.lines().filter((line) -> line.startsWith("-- changeset bench:"))).hasSize(3);
		assertThat(changelog.lines().filter((line) -> line.startsWith("-- rollback "))).hasSize(6);
		assertThat(changelog).contains("-- changeset bench:2\nCREATE TABLE t_2 (id integer PRIMARY KEY,"
				+ " name varchar(100) NOT NULL, created_at timestamp);\nCREATE INDEX ix_t_2_name ON t_2 (name);\n"
				+ "-- rollback DROP INDEX ix_t_2_name;\n-- rollback DROP TABLE t_2;\n");
	}

	@Test
	void limitScriptsRunOneTransactionAndOneVersionChangePerRevision() throws IOException {
		WorkloadFiles files = WorkloadFiles.write(this.temp, new Workload(3));
		List<String> upgrade = Files.readAllLines(files.limitUpgrade());
		assertThat(upgrade).hasSize(1 + 3 * 5);
		assertThat(upgrade.get(0)).isEqualTo("CREATE TABLE limit_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);");
		assertThat(upgrade.subList(6, 11)).containsExactly("BEGIN;",
				"CREATE TABLE t_2 (id integer PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamp);",
				"CREATE INDEX ix_t_2_name ON t_2 (name);",
				"UPDATE limit_version SET version_num = 'w00002' WHERE version_num = 'w00001';", "COMMIT;");
		assertThat(upgrade.get(4)).isEqualTo("INSERT INTO limit_version (version_num) VALUES ('w00001');");
		List<String> downgrade = Files.readAllLines(files.limitDowngrade());
		assertThat(downgrade).hasSize(3 * 5);
		assertThat(downgrade.subList(0, 5)).containsExactly("BEGIN;", "DROP INDEX ix_t_3_name;", "DROP TABLE t_3;",
				"UPDATE limit_version SET version_num = 'w00002' WHERE version_num = 'w00003';", "COMMIT;");
		assertThat(downgrade.get(13)).isEqualTo("DELETE FROM limit_version WHERE version_num = 'w00001';");
	}

	private static List<String> names(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
