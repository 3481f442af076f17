package dev.migrations.core.script;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.testsupport.Fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random revision files: the parser returns a revision file or a {@code MigrationsException} naming the file, never
 * another exception, and never hangs.
 */
class RevisionFileParserFuzzTests {

	private static final String FILE = "classpath:db/migrations/2026_01_01_0000-fuzz_file.sql";

	private final RevisionFileParser parser = new RevisionFileParser(Set.of("postgresql", "sqlite"));

	private final ScriptResource resource = resource();

	@Property(tries = 2000)
	void anyTextParsesOrFailsNamingTheFile(@ForAll String content) {
		check(content);
	}

	@Property(tries = 3000)
	void anyMixOfHeaderMarkerAndSqlLinesParsesOrFailsNamingTheFile(@ForAll("revisionFiles") String content) {
		check(content);
	}

	@Property(tries = 3000)
	@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
	void mutatedValidFilesParseOrFailNamingTheFile(@ForAll("mutatedFiles") String content) {
		Fuzz.Outcome<RevisionFile> outcome = check(content);
		Statistics.collect((outcome.failure() != null) ? "failed" : "parsed");
		// Both outcomes must be common, or the generator explores only one side of the parser.
		Statistics.coverage((coverage) -> {
			coverage.check("parsed").percentage((percent) -> percent > 20);
			coverage.check("failed").percentage((percent) -> percent > 20);
		});
	}

	@Property(tries = 300)
	void longLinesAndDeepWhitespaceDoNotHang(@ForAll("longLines") String content) {
		check(content);
	}

	private Fuzz.Outcome<RevisionFile> check(String content) {
		Fuzz.Outcome<RevisionFile> outcome = Fuzz.run(() -> this.parser.parse(this.resource, content));
		if (outcome.failure() != null) {
			assertThat(outcome.failure().getMessage()).contains(FILE);
			return outcome;
		}
		RevisionFile file = outcome.result();
		assertThat(file.revision().id()).matches("[A-Za-z0-9_\\-]{1," + Revision.MAX_ID_LENGTH + "}");
		assertThat(file.sections()).anyMatch((section) -> section.direction() == Direction.UPGRADE);
		assertThat(file.checksum()).matches("[0-9a-f]{8}");
		assertThat(file.sections()).allSatisfy((section) -> assertThat(section.firstLine()).isPositive());
		return outcome;
	}

	@Provide
	Arbitrary<String> mutatedFiles() {
		List<String> template = List.of("-- Add users", "--", "-- Revision: 5ec6405addd0", "-- Revises: a1b2c3d4e5f6",
				"-- Create Date: 2026-01-27 18:07:00", "-- Branch Labels: accounts", "-- Depends On: 0f9e8d7c6b5a",
				"-- Transactional: true", "", "-- migrations:upgrade dialect=postgresql",
				"CREATE INDEX CONCURRENTLY ix ON users (email);", "-- migrations:upgrade", "SELECT 1;",
				"-- migrations:downgrade", "DROP INDEX ix;");
		Arbitrary<String> anyLine = Arbitraries.oneOf(headerLine(), markerLine(), sqlLine());
		Arbitrary<List<String>> edit = Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.just(List.<String>of())),
				Tuple.of(1, anyLine.map(List::of)), Tuple.of(1, Arbitraries.just(List.of("\u0000drop"))));
		return edit.list().ofSize(template.size()).map((edits) -> {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < template.size(); i++) {
				List<String> change = edits.get(i);
				if (change.isEmpty()) {
					lines.add(template.get(i));
				}
				else if (!change.get(0).equals("\u0000drop")) {
					lines.add(change.get(0));
				}
			}
			return String.join("\n", lines);
		});
	}

	@Provide
	Arbitrary<String> revisionFiles() {
		Arbitrary<String> line = Arbitraries.frequencyOf(
				Tuple.of(4, headerLine()),
				Tuple.of(3, markerLine()),
				Tuple.of(3, sqlLine()),
				Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
		Arbitrary<String> separator = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r", "\n\n");
		return Combinators.combine(line.list().ofMaxSize(25), separator).as((lines, sep) -> String.join(sep, lines));
	}

	@Provide
	Arbitrary<String> longLines() {
		Arbitrary<String> filler = Arbitraries.of(" ", "\t", "-", "--", ":", ",", "(", ")", "=", "a", "\u00a0");
		Arbitrary<String> prefix = Arbitraries.of("", "-- ", "-- Revision:", "-- Revises:", "-- migrations:upgrade",
				"-- migrations:upgrade dialect=", "-- Transactional:", "-- Branch Labels:");
		return Combinators.combine(prefix, filler.list().ofMinSize(1000).ofMaxSize(20000), prefix)
			.as((start, fill, end) -> start + String.join("", fill) + end);
	}

	private static Arbitrary<String> headerLine() {
		Arbitrary<String> key = Arbitraries.of("Revision", "Revises", "Create Date", "Branch Labels", "Depends On",
				"Transactional", "revision", "REVISES", "Message", "", "Revision ");
		Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("", "a1b2c3d4e5f6", "0f9e8d7c6b5a",
				"a1b2c3d4e5f6, 0f9e8d7c6b5a", "(none, a base)", "<base>", "None", "true", "false", "yes", "maybe",
				"x; drop table users", "a".repeat(33), "(", ")", "a1 -- trailing comment", "label@head", "--"),
				Arbitraries.strings().withChars("abcdef0123456789_-,;() \t:'\"").ofMaxLength(40));
		Arbitrary<String> lead = Arbitraries.of("-- ", "--", "  -- ", "-- -- ", "---");
		return Combinators.combine(lead, key, Arbitraries.of(":", " :", ": ", ""), value)
			.as((l, k, colon, v) -> l + k + colon + v);
	}

	private static Arbitrary<String> markerLine() {
		Arbitrary<String> direction = Arbitraries.of("upgrade", "downgrade", "", "sideways", "UPGRADE", "upgrade:");
		Arbitrary<String> options = Arbitraries.of("", " dialect=postgresql", " dialect=sqlite", " dialect=oracle",
				" dialect =  sqlite ", " dialect=", " for=sqlite", " dialect=postgresql dialect=sqlite", " =", " \u00e9");
		return Combinators.combine(Arbitraries.of("-- migrations:", "--migrations:", "  --  migrations:"), direction,
				options).as((start, d, o) -> start + d + o);
	}

	private static Arbitrary<String> sqlLine() {
		return Arbitraries.of("CREATE TABLE t (id INT);", "SELECT 1;", "SELECT ';' AS x;", "$$", "BEGIN", "END;",
				"/* comment", "*/", "'unterminated", "CREATE INDEX CONCURRENTLY ix ON t (id);", "", "   ", ";",
				"SELECT $tag$ body; $tag$;", "-- just a comment", "\u0000", "\uFEFF-- Revision: bom");
	}

	private static ScriptResource resource() {
		try {
			return new ScriptResource("2026_01_01_0000-fuzz_file.sql", FILE, URI.create("file:/fuzz.sql").toURL());
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
