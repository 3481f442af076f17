package dev.migrations.core.script;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionFileParserTests {

	private final RevisionFileParser parser = new RevisionFileParser(Set.of("postgresql", "sqlite"));

	@Test
	void readsTheHeaderAndSections() {
		RevisionFile file = parse("""
				-- Add users
				--
				-- Revision: 5ec6405addd0
				-- Revises: 1a2b3c4d5e6f, 0f9e8d7c6b5a
				-- Create Date: 2026-01-27 18:07:00
				-- Branch Labels: accounts
				-- Depends On: 9999aaaabbbb
				-- Transactional: false

				-- migrations:upgrade dialect=postgresql
				CREATE INDEX CONCURRENTLY ix ON users (email);

				-- migrations:upgrade
				SELECT 1;
				-- migrations:downgrade
				DROP INDEX ix;
				""");
		assertThat(file.revision().id()).isEqualTo("5ec6405addd0");
		assertThat(file.revision().message()).isEqualTo("Add users");
		assertThat(file.revision().parents()).containsExactly("1a2b3c4d5e6f", "0f9e8d7c6b5a");
		assertThat(file.revision().branchLabels()).containsExactly("accounts");
		assertThat(file.revision().dependsOn()).containsExactly("9999aaaabbbb");
		assertThat(file.transactional()).isFalse();
		assertThat(file.sections()).extracting(Section::direction, Section::dialect, Section::firstLine)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Direction.UPGRADE, "postgresql", 11),
					org.assertj.core.groups.Tuple.tuple(Direction.UPGRADE, null, 14),
					org.assertj.core.groups.Tuple.tuple(Direction.DOWNGRADE, null, 16));
		assertThat(file.sections().get(0).sql()).contains("CREATE INDEX CONCURRENTLY");
		assertThat(file.sections().get(0).appliesTo("sqlite")).isFalse();
		assertThat(file.sections().get(1).appliesTo("sqlite")).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''", "None", "(none, a base)", "<base>" })
	void readsABaseRevision(String revises) {
		RevisionFile file = parse("-- Revision: abc\n-- Revises: " + revises + "\n-- migrations:upgrade\nSELECT 1;\n");
		assertThat(file.revision().parents()).isEmpty();
		assertThat(file.revision().message()).isEmpty();
		assertThat(file.transactional()).isTrue();
	}

	@Test
	void readsWindowsLineEndingsAndTrailingCommentsInTheHeader() {
		RevisionFile file = parse("-- Msg\r\n-- Revision: abc   -- the id\r\n-- revises:\ta1 ,b2 -- two parents\r\n"
				+ "-- migrations:upgrade\r\nSELECT 1;\r\nSELECT 2;\r\n-- migrations:downgrade\r\n");
		assertThat(file.revision().id()).isEqualTo("abc");
		assertThat(file.revision().parents()).containsExactly("a1", "b2");
		assertThat(file.sections()).extracting(Section::firstLine, Section::sql)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, "SELECT 1;\nSELECT 2;"),
					org.assertj.core.groups.Tuple.tuple(8, ""));
		assertThat(file.checksum()).isEqualTo(RevisionFileParser.checksum("-- Msg\n-- Revision: abc   -- the id\n"
				+ "-- revises:\ta1 ,b2 -- two parents\n-- migrations:upgrade\nSELECT 1;\nSELECT 2;\n"
				+ "-- migrations:downgrade\n"));
	}

	@Test
	void readsHeaderKeysInAnyAsciiCaseWithBlanksBeforeTheColon() {
		RevisionFile file = parse("-- Revi\u017Fion: not a key\n-- REVISION\t: abc\n-- revises :\n-- migrations:upgrade\n");
		assertThat(file.revision().id()).isEqualTo("abc");
		assertThat(file.revision().message()).isEqualTo("Revi\u017Fion: not a key");
	}

	@Test
	void findsMarkersOnCommentLinesOnly() {
		RevisionFile file = parse("-- Revision: abc\n-- Revises:\n-- migrations:upgrade\nSELECT 'migrations:downgrade';\n"
				+ "  --  migrations:downgrade\nDROP TABLE t; -- migrations:upgrade\n");
		assertThat(file.sections()).extracting(Section::direction, Section::firstLine, Section::sql)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Direction.UPGRADE, 4, "SELECT 'migrations:downgrade';"),
					org.assertj.core.groups.Tuple.tuple(Direction.DOWNGRADE, 6, "DROP TABLE t; -- migrations:upgrade\n"));
	}

	@Test
	void checksumIgnoresLineEndings() {
		assertThat(RevisionFileParser.checksum("a\nb\n")).isEqualTo(RevisionFileParser.checksum("a\r\nb\r\n"))
			.isNotEqualTo(RevisionFileParser.checksum("a\nc\n"))
			.matches("[0-9a-f]{8}");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"-- Revises: a\\n-- migrations:upgrade\\nSELECT 1;|:1: no '-- Revision: <id>' line",
			"-- Revision: b\\n-- migrations:upgrade\\nSELECT 1;|:1: no '-- Revises: <id>' line",
			"-- Revision: b\\n-- Revises:\\nSELECT 1;\\n-- migrations:upgrade|:3: SQL before the first '-- migrations:upgrade'",
			"-- Revision: b\\n-- Revises:\\n-- migrations:downgrade\\nSELECT 1;|: no '-- migrations:upgrade' section",
			"-- Revision: b\\n-- Revises:\\n-- migrations:upgrade dialect=oracle\\nSELECT 1;|:3: unknown dialect 'oracle'",
			"-- Revision: b\\n-- Revises:\\n-- migrations:sideways\\nSELECT 1;|:3: unknown marker 'migrations:sideways'",
			"-- Revision: b\\n-- Revises:\\n-- Transactional: maybe\\n-- migrations:upgrade|:3: 'Transactional: maybe' must be",
			"-- Revision: b\\n-- Revision: c\\n-- Revises:\\n-- migrations:upgrade|:2: 'Revision' appears twice" })
	void rejectsMalformedFilesNamingTheLine(String content, String message) {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> parse(content.replace("\\n", "\n")))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageStartingWith("classpath:db/migrations/x.sql")
			.withMessageContaining(message);
	}

	@Test
	void rejectsARevisionIdTooLongForTheVersionTable() {
		String id = "a".repeat(33);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> parse("-- Revision: " + id + "\n-- Revises:\n-- migrations:upgrade\n"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_ID))
			.withMessageContaining("is 33 characters long; the version table holds at most 32")
			.withMessageContaining("x.sql");
	}

	@Test
	void listsRevisionFilesOfAFilesystemLocation() {
		List<ScriptResource> found = Location.parse("filesystem:src/test/resources/revisions/linear")
			.scan(getClass().getClassLoader());
		assertThat(found).extracting(ScriptResource::fileName)
			.containsExactlyInAnyOrder("2026_01_27_1807-1a2b3c4d5e6f_create_users.sql",
					"2026_01_28_0900-2b3c4d5e6f7a_create_tasks.sql", "2026_02_01_1000-3c4d5e6f7a8b_add_task_priority.sql");
	}

	@Test
	void listsRevisionFilesOfAClasspathLocation() {
		List<ScriptResource> found = Location.parse("classpath:revisions/linear").scan(getClass().getClassLoader());
		assertThat(found).hasSize(3).allSatisfy((resource) -> assertThat(resource.read()).contains("-- Revision:"));
	}

	@Test
	void readsFilesystemFilesAndRejectsMalformedUtf8(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("good.sql"), "-- Revision: a\n-- Revises:\n-- migrations:upgrade\n"
				+ "SELECT '\u00e9\ufffd';\n");
		Files.write(directory.resolve("bad.sql"), new byte[] { '-', '-', ' ', (byte) 0xC3, (byte) 0x28, '\n' });
		Files.createDirectories(directory.resolve("not-a-file.sql"));
		Files.writeString(Files.createDirectories(directory.resolve("nested")).resolve("deeper.sql"), "--");
		Files.createSymbolicLink(directory.resolve("link.sql"), directory.resolve("good.sql"));
		Files.createSymbolicLink(directory.resolve("linked-directory"), directory.resolve("nested"));
		List<ScriptResource> found = Location.parse("filesystem:" + directory).scan(getClass().getClassLoader());
		assertThat(found).extracting(ScriptResource::fileName)
			.containsExactlyInAnyOrder("good.sql", "bad.sql", "link.sql", "deeper.sql");
		ScriptResource good = found.stream().filter((resource) -> resource.fileName().equals("good.sql")).findFirst()
			.orElseThrow();
		assertThat(good.read()).contains("SELECT '\u00e9\ufffd';");
		assertThat(good.url()).isEqualTo(directory.resolve("good.sql").toUri().toURL());
		ScriptResource bad = found.stream().filter((resource) -> resource.fileName().equals("bad.sql")).findFirst()
			.orElseThrow();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(bad::read)
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNREADABLE_LOCATION))
			.withMessageContaining("bad.sql");
	}

	@Test
	void rejectsAMissingFilesystemLocation() {
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> Location.parse("filesystem:/no/such/dir").scan(getClass().getClassLoader()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNREADABLE_LOCATION))
			.withMessageContaining("'filesystem:/no/such/dir' is not a readable directory");
	}

	@Test
	void rejectsAnUnknownLocationPrefix() {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> Location.parse("s3://bucket/x"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
	}

	private RevisionFile parse(String content) {
		try {
			ScriptResource resource = new ScriptResource("x.sql", "classpath:db/migrations/x.sql",
					URI.create("file:/x.sql").toURL());
			return this.parser.parse(resource, content);
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
