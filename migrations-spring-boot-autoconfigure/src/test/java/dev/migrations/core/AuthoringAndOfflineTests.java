package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.error.NotAHeadException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Writing revision files and rendering offline SQL: neither touches a database, so the DataSource points nowhere.
 */
class AuthoringAndOfflineTests {

	private static final String R1 = "1a2b3c4d5e6f";

	private static final String R2 = "2b3c4d5e6f7a";

	private static final String R3 = "3c4d5e6f7a8b";

	@TempDir
	Path directory;

	private Migrations migrations;

	@BeforeEach
	void copyLinearRevisions() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/revisions/linear"))) {
			for (Path file : files.toList()) {
				Files.copy(file, this.directory.resolve(file.getFileName()));
			}
		}
		this.migrations = Migrations.builder(nowhere()).locations(List.of("filesystem:" + this.directory)).build();
	}

	@Test
	void revisionRevisesTheSingleHeadAndIsLoadedAfterwards() throws Exception {
		CreatedRevision created = this.migrations.revision(request("Add tags", null, false, "c0ffee000001"));
		assertThat(created.revision().parents()).containsExactly(R3);
		assertThat(created.file().getFileName().toString()).endsWith("-c0ffee000001_add_tags.sql");
		assertThat(Files.readString(created.file())).startsWith("-- Add tags\n--\n-- Revision: c0ffee000001\n-- Revises: "
				+ R3 + "\n");
		assertThat(this.migrations.heads()).containsExactly("c0ffee000001");
	}

	@Test
	void revisionGetsARandomTwelveDigitIdByDefault() {
		assertThat(this.migrations.revision(request("x", null, false, null)).revision().id()).matches("[0-9a-f]{12}");
	}

	@Test
	void revisionFromANonHeadNeedsSplice() {
		assertThatExceptionOfType(NotAHeadException.class)
			.isThrownBy(() -> this.migrations.revision(request("branch", "2b3c", false, null)))
			.satisfies((ex) -> assertThat(ex.revision()).isEqualTo(R2))
			.withMessageContaining("'" + R2 + "' is not a head");
		assertThat(this.migrations.revision(request("branch", "2b3c", true, "b0000000001")).revision().parents())
			.containsExactly(R2);
	}

	@Test
	void revisionRefusesSeveralHeadsWithoutHead() {
		this.migrations.revision(request("branch", R1, true, "b0000000001"));
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> this.migrations.revision(request("which?", null, false, null)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.MULTIPLE_HEADS))
			.withMessageContaining("Multiple heads: ");
		assertThat(this.migrations.revision(request("new base", "base", false, "b0000000002")).revision().parents())
			.isEmpty();
	}

	@Test
	void revisionRejectsAnExistingOrMalformedId() {
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> this.migrations.revision(request("dup", null, false, R1)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.DUPLICATE_REVISION));
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> this.migrations.revision(request("dash", null, false, "has-dash")))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_ID));
	}

	@Test
	void upgradeSqlRendersTablesStatementsRowsAndTransactions() {
		String sql = this.migrations.upgradeSql("heads", "postgresql");
		assertThat(sql).contains("CREATE TABLE \"migrations_version\"")
			.contains("id BIGSERIAL PRIMARY KEY")
			.contains("CREATE TABLE tasks (id SERIAL PRIMARY KEY")
			.doesNotContain("AUTOINCREMENT")
			.contains("INSERT INTO \"migrations_version\" (version_num) VALUES ('" + R1 + "');")
			.contains("UPDATE \"migrations_version\" SET version_num = '" + R3 + "' WHERE version_num = '" + R2 + "';")
			.contains("'Add task priority'");
		assertThat(sql.split("BEGIN;", -1)).hasSize(5);
		assertThat(sql.split("COMMIT;", -1)).hasSize(5);
	}

	@Test
	void upgradeSqlFromARevisionSkipsTheTables() {
		String sql = this.migrations.upgradeSql(R2 + ":heads", "sqlite");
		assertThat(sql).doesNotContain("CREATE TABLE").contains("ALTER TABLE tasks ADD COLUMN priority")
			.contains("strftime(");
	}

	@Test
	void downgradeSqlNeedsItsStart() {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> this.migrations.downgradeSql("base", "sqlite"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_TARGET));
		assertThat(this.migrations.downgradeSql(R3 + ":" + R1, "sqlite")).contains("ALTER TABLE tasks DROP COLUMN priority")
			.contains("DROP TABLE tasks")
			.doesNotContain("DROP TABLE users")
			.contains("UPDATE \"migrations_version\" SET version_num = '" + R1 + "' WHERE version_num = '" + R2 + "';");
	}

	@Test
	void dialectOfAJdbcUrl() {
		assertThat(Migrations.dialectOf("jdbc:postgresql://db/app")).isEqualTo("postgresql");
		assertThat(Migrations.dialectOf("jdbc:sqlite:./data/app.db")).isEqualTo("sqlite");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> Migrations.dialectOf("jdbc:oracle:thin:@db?password=secret"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE))
			.withMessageNotContaining("secret");
	}

	private NewRevision request(String message, String head, boolean splice, String id) {
		return new NewRevision(message, this.directory, head, splice, List.of(), List.of(), id);
	}

	private DataSource nowhere() {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + this.directory.resolve("never/created.db"));
		return dataSource;
	}

}
