package dev.migrations.core.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Loading a directory reads its files in parallel, or a small one on the calling thread: either way the graph, the
 * scripts and the error reported must be those of reading the files one by one in scan order.
 */
class ScriptDirectoryTests {

	private static final Set<String> DIALECTS = Set.of("postgresql", "sqlite");

	private static final Placeholders PLACEHOLDERS = new Placeholders(Map.of("schema", "app"));

	@TempDir
	Path directory;

	@Test
	void loadsALargeDirectoryAsReadingItFileByFileWould() throws IOException {
		for (int i = 1; i <= 600; i++) {
			write(i, revisionFile(i));
		}
		List<Location> locations = List.of(Location.parse("filesystem:" + this.directory));
		ScriptDirectory loaded = ScriptDirectory.load(locations, getClass().getClassLoader(), DIALECTS, PLACEHOLDERS);
		List<RevisionScript> expected = readOneByOne(locations);
		RevisionGraph graph = RevisionGraph.of(expected.stream().map(RevisionScript::revision).toList());
		assertThat(loaded.graph().revisions()).hasSize(600).isEqualTo(graph.revisions());
		assertThat(loaded.graph().heads()).isEqualTo(graph.heads());
		for (RevisionScript script : expected) {
			assertThat(loaded.script(script.revision().id())).isEqualTo(script);
		}
		for (Revision revision : graph.revisions()) {
			assertThat(loaded.graph().children(revision.id())).isEqualTo(graph.children(revision.id()));
		}
	}

	@RepeatedTest(5)
	void reportsTheFirstBadFileInScanOrder() throws IOException {
		assertReportsTheFirstBadFile(400);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 100, ParallelReads.THRESHOLD - 1, ParallelReads.THRESHOLD })
	void loadsADirectoryOnEitherSideOfTheParallelThresholdAsReadingItFileByFileWould(int count) throws IOException {
		for (int i = 1; i <= count; i++) {
			write(i, revisionFile(i));
		}
		List<Location> locations = List.of(Location.parse("filesystem:" + this.directory));
		ScriptDirectory loaded = ScriptDirectory.load(locations, getClass().getClassLoader(), DIALECTS, PLACEHOLDERS);
		List<RevisionScript> expected = readOneByOne(locations);
		assertThat(loaded.graph().revisions()).hasSize(count)
			.isEqualTo(RevisionGraph.of(expected.stream().map(RevisionScript::revision).toList()).revisions());
		for (RevisionScript script : expected) {
			assertThat(loaded.script(script.revision().id())).isEqualTo(script);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, ParallelReads.THRESHOLD - 1, ParallelReads.THRESHOLD })
	void reportsTheFirstBadFileInScanOrderOnEitherSideOfTheParallelThreshold(int count) throws IOException {
		assertReportsTheFirstBadFile(count);
	}

	// Every 37th of the files is bad: the load reports the first of them, as reading file by file would.
	private void assertReportsTheFirstBadFile(int count) throws IOException {
		for (int i = 1; i <= count; i++) {
			write(i, (i % 37 == 0) ? badFile(i) : revisionFile(i));
		}
		List<Location> locations = List.of(Location.parse("filesystem:" + this.directory));
		String first = firstFailure(locations);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> ScriptDirectory.load(locations, getClass().getClassLoader(), DIALECTS, PLACEHOLDERS))
			.withMessage(first);
	}

	@Test
	void reportsABadFileOfALocationBeforeTheNextLocationIsScanned() throws IOException {
		write(1, revisionFile(1));
		write(2, badFile(2));
		List<Location> locations = List.of(Location.parse("filesystem:" + this.directory),
				Location.parse("filesystem:" + this.directory.resolve("missing")));
		MigrationsException failure = catchThrowableOfType(MigrationsException.class,
				() -> ScriptDirectory.load(locations, getClass().getClassLoader(), DIALECTS, PLACEHOLDERS));
		assertThat(failure.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_FILE);
		assertThat(failure).hasMessage(firstFailure(locations.subList(0, 1)));
	}

	@Test
	void keepsTheSectionsItReadSoThatARevisionRunsTheSqlItsChecksumCovers() throws IOException {
		for (int i = 1; i <= 20; i++) {
			write(i, revisionFile(i));
		}
		List<Location> locations = List.of(Location.parse("filesystem:" + this.directory));
		ScriptDirectory loaded = ScriptDirectory.load(locations, getClass().getClassLoader(), DIALECTS, PLACEHOLDERS);
		RevisionFileParser parser = new RevisionFileParser(DIALECTS, PLACEHOLDERS);
		for (RevisionScript script : readOneByOne(locations)) {
			RevisionScript own = loaded.script(script.revision().id());
			assertThat(loaded.sections(own)).isEqualTo(script.read(parser));
			assertThat(loaded.sections(own, Direction.UPGRADE, "postgresql"))
				.isEqualTo(script.sections(script.read(parser), Direction.UPGRADE, "postgresql"));
		}
		write(5, revisionFile(5).replace("(id int)", "(id bigint)"));
		RevisionScript edited = loaded.script(id(5));
		assertThat(loaded.sections(edited, Direction.UPGRADE, "postgresql")).extracting(Section::sql)
			.containsExactly("CREATE TABLE app.t_5 (id int);\n", "CREATE TABLE t_5 (id int);\n");
		RevisionScript foreign = new RevisionScript(edited.revision(), edited.resource(), edited.checksum(), true);
		assertThat(loaded.sections(foreign)).extracting(Section::sql).allMatch((sql) -> !sql.contains("(id int)"));
		loaded.forgetSections();
		assertThat(loaded.sections(edited, Direction.UPGRADE, "postgresql")).extracting(Section::sql)
			.containsExactly("CREATE TABLE app.t_5 (id bigint);\n", "CREATE TABLE t_5 (id bigint);\n");
	}

	@Test
	void readsAFileAgainWhenTheFilesHoldMoreSqlThanItKeeps() throws IOException {
		String select = "SELECT 1;\n";
		write(1, "-- Revision: " + id(1) + "\n-- Revises:\n\n-- migrations:upgrade\n"
				+ select.repeat(ScriptDirectory.KEPT_SQL_CHARS / select.length() + 1));
		write(2, revisionFile(2));
		List<Location> locations = List.of(Location.parse("filesystem:" + this.directory));
		ScriptDirectory loaded = ScriptDirectory.load(locations, getClass().getClassLoader(), DIALECTS, PLACEHOLDERS);
		write(2, revisionFile(2).replace("(id int)", "(id bigint)"));
		assertThat(loaded.sections(loaded.script(id(2)), Direction.UPGRADE, "sqlite")).extracting(Section::sql)
			.containsExactly("CREATE TABLE t_2 (id bigint);\n");
	}

	// Blocks of 50: two branches from the block's first revision, merged by its last; a dependency across the branches
	// and one on a label; dialect sections, non-transactional revisions, Windows line endings and placeholders.
	private static String revisionFile(int i) {
		int position = (i - 1) % 50 + 1;
		String revises = (i == 1) ? "" : (position == 26) ? id(i - 25)
				: (position == 50) ? id(i - 25) + ", " + id(i - 1) : id(i - 1);
		String dependsOn = (position == 40) ? id(i - 15) : (position == 45) ? "label_" + (i - 42) : "";
		String content = "-- Revision " + i + "\n--\n-- Revision: " + id(i) + "\n-- Revises: " + revises + "\n"
				+ "-- Depends On: " + dependsOn + "\n" + ((position == 3) ? "-- Branch Labels: label_" + i + "\n" : "")
				+ ((i % 11 == 0) ? "-- Transactional: false\n" : "") + "\n"
				+ ((i % 5 == 0) ? "-- migrations:upgrade dialect=postgresql\nCREATE TABLE ${schema}.t_" + i + " (id int);\n\n"
						: "")
				+ "-- migrations:upgrade\nCREATE TABLE t_" + i + " (id int);\n\n-- migrations:downgrade\nDROP TABLE t_"
				+ i + ";\n";
		return (i % 13 == 0) ? content.replace("\n", "\r\n") : content;
	}

	// Each way a file can be bad, in turn.
	private static String badFile(int i) {
		return switch ((i / 37) % 4) {
			case 0 -> "-- Revision: " + id(i) + "\n-- migrations:upgrade\nSELECT 1;\n";
			case 1 -> "-- Revision: " + id(i) + "\n-- Revises: " + id(i - 1) + "\n-- migrations:sideways\n";
			case 2 -> "-- Revision: " + id(i) + "\n-- Revises: " + id(i - 1) + "\n-- migrations:upgrade dialect=oracle\n";
			default -> "-- Revision: " + id(i) + "\n-- Revises: " + id(i - 1) + "\n-- migrations:upgrade\n${missing}\n";
		};
	}

	private static String id(int i) {
		return String.format("r%05d", i);
	}

	private void write(int i, String content) throws IOException {
		Files.writeString(this.directory.resolve(String.format("2026_01_01_0000-%s_revision.sql", id(i))), content);
	}

	private static List<RevisionScript> readOneByOne(List<Location> locations) {
		RevisionFileParser parser = new RevisionFileParser(DIALECTS, PLACEHOLDERS);
		List<RevisionScript> scripts = new ArrayList<>();
		for (Location location : locations) {
			for (ScriptResource resource : location.scan(ScriptDirectoryTests.class.getClassLoader())) {
				RevisionFile file = parser.parse(resource, resource.read());
				scripts.add(new RevisionScript(file.revision(), resource, file.checksum(), file.transactional(),
						file.sections().stream().noneMatch(Section::operations)));
			}
		}
		return scripts;
	}

	private static String firstFailure(List<Location> locations) {
		MigrationsException failure = catchThrowableOfType(MigrationsException.class, () -> readOneByOne(locations));
		assertThat(failure).as("a bad file").isNotNull();
		return failure.getMessage();
	}

}
