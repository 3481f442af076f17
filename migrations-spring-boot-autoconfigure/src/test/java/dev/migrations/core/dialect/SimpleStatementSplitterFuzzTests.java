package dev.migrations.core.dialect;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random SQL, made of statements that start like ours and continue with strings, quotes, comments, parentheses and the
 * tokens the simple splitter declines: whatever it accepts, it splits exactly as Flyway's parsers do.
 */
class SimpleStatementSplitterFuzzTests {

	@Property(tries = 3000)
	@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
	void splitsWhatItAcceptsAsFlywayDoes(@ForAll("scripts") String sql) {
		for (String dialect : List.of("postgresql", "sqlite")) {
			boolean accepted = SimpleStatementSplitterTests.splitsAsFlyway(dialect, sql);
			Statistics.label(dialect).collect(accepted ? "accepted" : "declined");
			Statistics.label(dialect).coverage((coverage) -> {
				coverage.check("accepted").percentage((percent) -> percent > 20);
				coverage.check("declined").percentage((percent) -> percent > 20);
			});
		}
	}

	@Provide
	Arbitrary<String> scripts() {
		Arbitrary<String> space = Arbitraries.of("", " ", "\n", "\r\n", "\t", "\n\n", " \n \n", "\r");
		Arbitrary<String> comment = Arbitraries.of("", "", "-- c; d\n", "/* c; -- d */", "-- x\r\n", "/* a\n b */\n",
				"--\n", "/**/");
		Arbitrary<String> kind = Arbitraries.frequencyOf(
				Tuple.of(12, Arbitraries.of("CREATE TABLE", "create index", "INSERT INTO", "UPDATE",
						"DELETE FROM", "ALTER TABLE", "COMMENT ON", "DROP INDEX", "Create Unique Index",
						"CREATE /* x */ TABLE", "CREATE\nTABLE", "CREATE OR REPLACE VIEW")),
				Tuple.of(1, Arbitraries.of("SELECT", "CREATE TRIGGER", "PRAGMA foreign_keys", "VACUUM",
						"BEGIN", "END", "ALTER TYPE", "COPY", "(", "t.x", "1", "'s'", "\"q\"")));
		Arbitrary<String> fragment = Arbitraries.frequencyOf(
				Tuple.of(20, Arbitraries.of(" t", " t_1", " s.t", " \"q;\"\"r\"", " (a int, b text)",
						" 'x;y'", " 'it''s -- no'", " 'a\nb'", " -- z;\n", " /* w; */", "\n", " 1", " .", " = ",
						" (", " )", " ,", " *", " -", " /", " ''", " \"\"", " '\u00e9'", " -- \u00e9\n", "\r\n", "\t",
						" @", " ::", " x--y\n", " -- r\r", " -- \u2003\n", " /*\u2003*/", " a/*b*/c", " 'a'/*b*/'c'", " `b;c`")),
				Tuple.of(2, Arbitraries.of(" ;", " BEGIN", " END", " CASE", " ATOMIC", " $$", " $1",
						" E'a'", " e'b'", " U&'c'", " X'00'", " 'a\\'", " [i]", " \u00e9", "\u00a0", "\ufeff", "\f",
						" '", " \"", " `", " /*", " */", " /* /* */", " CONCURRENTLY", " DATABASE", " end_", " ;;")));
		Arbitrary<String> statement = Combinators.combine(space, comment, kind, fragment.list().ofMaxSize(8),
				Arbitraries.of(";", ";\n", ";", ";;", " ;", ""))
			.as((before, note, start, rest, end) -> before + note + start + String.join("", rest) + end);
		return statement.list().ofMaxSize(4).map((statements) -> String.join("", statements));
	}

}
