package dev.migrations.core.runtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TransactionControl} finds exactly what the regular expression it replaced found, keyword included.
 */
class TransactionControlTests {

	// The expression the executor used, with Java 17's \b written out (a letter, digit, '_' or non-spacing mark
	// continues a word) so that the oracle means the same on every JDK.
	private static final String WORD_END = "(?![\\p{L}\\p{Nd}_\\p{Mn}])";

	private static final Pattern ORACLE = Pattern.compile("(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*"
			+ "(BEGIN|COMMIT|END|ABORT|ROLLBACK(?!\\s+TO" + WORD_END + ")|START\\s+TRANSACTION|PREPARE\\s+TRANSACTION)"
			+ WORD_END, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final List<String> FRAGMENTS = List.of("BEGIN", "begin", "Commit", "END", "ends", "ABORT",
			"abort;", "ROLLBACK", "rollback", "TO", "to", "TOO", "SAVEPOINT", "START", "start", "TRANSACTION",
			"transaction", "PREPARE", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "--", "-- c\n", "-",
			"/*", "*/", "/* a */", "/", "*", "x", "_", "1", ";", "(", "\u00E9", "\u0131", "\u0130", "\u212A",
			"\u0301", "\uD835\uDC00", "CREATE TABLE t (id int)", "e", "nd");

	@Property(tries = 5000)
	@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
	void findsWhatTheRegularExpressionFound(@ForAll("statements") String sql) {
		String expected = oracle(sql);
		Statistics.collect((expected != null) ? "control" : "other");
		Statistics.coverage((coverage) -> {
			coverage.check("control").percentage((percent) -> percent > 5);
			coverage.check("other").percentage((percent) -> percent > 5);
		});
		assertThat(TransactionControl.find(sql)).isEqualTo(expected);
	}

	@Test
	void readsCommentsAndKeywordsAsAMatcherDoes() {
		assertThat(TransactionControl.find("  -- note\n/* c */ commit")).isEqualTo("commit");
		assertThat(TransactionControl.find("/* a */ x */ COMMIT")).isEqualTo("COMMIT");
		assertThat(TransactionControl.find("START \n TRANSACTION ISOLATION LEVEL SERIALIZABLE"))
			.isEqualTo("START \n TRANSACTION");
		assertThat(TransactionControl.find("ROLLBACK TO SAVEPOINT s")).isNull();
		assertThat(TransactionControl.find("ROLLBACK TOO")).isEqualTo("ROLLBACK");
		assertThat(TransactionControl.find("-- COMMIT")).isNull();
		assertThat(TransactionControl.find("ENDS")).isNull();
		assertThat(TransactionControl.find("COMMIT\u00E9")).isNull();
		assertThat(TransactionControl.find("b\u0131g\u0131n")).isNull();
		assertThat(TransactionControl.find("CREATE TABLE t (id int)")).isNull();
	}

	@Provide
	Arbitrary<String> statements() {
		return Arbitraries.of(FRAGMENTS).list().ofMaxSize(7).map((parts) -> String.join("", parts));
	}

	private static @Nullable String oracle(String sql) {
		Matcher matcher = ORACLE.matcher(sql);
		return matcher.lookingAt() ? matcher.group(1) : null;
	}

}
