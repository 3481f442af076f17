package dev.migrations.core.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.script.PatternChars;

/**
 * Finds a statement that ends or starts a transaction ({@code BEGIN}, {@code COMMIT}, {@code END}, {@code ABORT},
 * {@code ROLLBACK} but not {@code ROLLBACK TO}, {@code START TRANSACTION}, {@code PREPARE TRANSACTION}) after any
 * leading whitespace and comments, ASCII case-insensitively. Every statement of every revision is checked, on every
 * start that applies one, so this is a scan rather than a regular expression: it accepts exactly what
 * {@code (?:\s|--[^\n]*\n|/\*.*?\*\/)*(BEGIN|COMMIT|END|ABORT|ROLLBACK(?!\s+TO\b)|START\s+TRANSACTION|PREPARE\s+TRANSACTION)\b}
 * ({@code CASE_INSENSITIVE}, {@code DOTALL}) does with {@code lookingAt}, and finds the same keyword.
 */
final class TransactionControl {

	private static final String[] SINGLE = { "begin", "commit", "end", "abort" };

	private static final String ROLLBACK = "rollback";

	private static final String[] BEFORE_TRANSACTION = { "start", "prepare" };

	private static final String TRANSACTION = "transaction";

	private TransactionControl() {
	}

	/**
	 * Returns the transaction keyword a statement starts with, as written.
	 * @param sql the statement
	 * @return the keyword, with any whitespace inside it, or {@code null} when the statement is no transaction control
	 */
	static @Nullable String find(String sql) {
		// Only a block comment can end at more than one place ("/* a */ b */ COMMIT" is control); each place is tried
		// in the order a backtracking matcher would, the nearest first.
		Deque<Integer> starts = new ArrayDeque<>();
		BitSet tried = new BitSet();
		starts.push(0);
		while (!starts.isEmpty()) {
			int position = starts.pop();
			if (tried.get(position)) {
				continue;
			}
			tried.set(position);
			position = skipSpacesAndLineComments(sql, position);
			if (sql.startsWith("/*", position)) {
				pushCommentEnds(sql, position, starts);
				continue;
			}
			int end = keywordEnd(sql, position);
			if (end >= 0) {
				return sql.substring(position, end);
			}
		}
		return null;
	}

	private static int skipSpacesAndLineComments(String sql, int from) {
		int position = from;
		while (position < sql.length()) {
			if (PatternChars.isSpace(sql.charAt(position))) {
				position++;
			}
			else if (sql.startsWith("--", position)) {
				int newline = sql.indexOf('\n', position + 2);
				if (newline < 0) {
					return position;
				}
				position = newline + 1;
			}
			else {
				return position;
			}
		}
		return position;
	}

	private static void pushCommentEnds(String sql, int start, Deque<Integer> starts) {
		List<Integer> ends = new ArrayList<>();
		for (int close = sql.indexOf("*/", start + 2); close >= 0; close = sql.indexOf("*/", close + 1)) {
			ends.add(close + 2);
		}
		for (int i = ends.size() - 1; i >= 0; i--) {
			starts.push(ends.get(i));
		}
	}

	// Where the keyword at position ends, or -1.
	private static int keywordEnd(String sql, int position) {
		for (String keyword : SINGLE) {
			int end = word(sql, position, keyword);
			if (end >= 0) {
				return end;
			}
		}
		int rollback = word(sql, position, ROLLBACK);
		if (rollback >= 0 && !savepointFollows(sql, rollback)) {
			return rollback;
		}
		for (String keyword : BEFORE_TRANSACTION) {
			int first = letters(sql, position, keyword);
			if (first >= 0 && first < sql.length() && PatternChars.isSpace(sql.charAt(first))) {
				int end = word(sql, PatternChars.skipSpaces(sql, first), TRANSACTION);
				if (end >= 0) {
					return end;
				}
			}
		}
		return -1;
	}

	private static boolean savepointFollows(String sql, int afterRollback) {
		if (afterRollback >= sql.length() || !PatternChars.isSpace(sql.charAt(afterRollback))) {
			return false;
		}
		return word(sql, PatternChars.skipSpaces(sql, afterRollback), "to") >= 0;
	}

	// The end of keyword at position when a word boundary follows it, else -1.
	private static int word(String sql, int position, String keyword) {
		int end = letters(sql, position, keyword);
		return (end >= 0 && boundaryAt(sql, end)) ? end : -1;
	}

	// The end of keyword at position, compared ignoring the case of ASCII letters only, else -1.
	private static int letters(String sql, int position, String keyword) {
		return PatternChars.regionMatchesIgnoringAsciiCase(sql, position, keyword) ? position + keyword.length() : -1;
	}

	// After a letter: a boundary unless a word character follows, as java.util.regex decides it (a non-spacing mark
	// after a letter continues the word).
	private static boolean boundaryAt(String sql, int position) {
		if (position >= sql.length()) {
			return true;
		}
		int next = sql.codePointAt(position);
		return !(next == '_' || Character.isLetterOrDigit(next)
				|| Character.getType(next) == Character.NON_SPACING_MARK);
	}

}
