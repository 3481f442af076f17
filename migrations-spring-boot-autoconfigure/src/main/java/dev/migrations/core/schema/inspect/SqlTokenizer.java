package dev.migrations.core.schema.inspect;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.inspect.SqlToken.Kind;

/**
 * Cuts an SQL statement into {@link SqlToken tokens}, skipping white space and comments. Knows SQLite's quotes:
 * {@code "..."}, {@code `...`}, {@code [...]} for identifiers and {@code '...'} for strings, doubled to escape, and
 * blob literals ({@code X'00FF'}).
 */
final class SqlTokenizer {

	private SqlTokenizer() {
	}

	/**
	 * Tokenizes a statement.
	 * @param sql the statement
	 * @return the tokens, in order
	 * @throws IllegalArgumentException for a quote or comment that is not closed
	 */
	static List<SqlToken> tokenize(String sql) {
		List<SqlToken> tokens = new ArrayList<>();
		int length = sql.length();
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int newline = sql.indexOf('\n', i);
				i = (newline < 0) ? length : newline + 1;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int close = sql.indexOf("*/", i + 2);
				if (close < 0) {
					throw new IllegalArgumentException("a comment opened at offset " + i + " is not closed");
				}
				i = close + 2;
			}
			else if ((c == 'x' || c == 'X') && i + 1 < length && sql.charAt(i + 1) == '\'') {
				// A blob literal, X'00FF': one string token, prefix included.
				int end = quoted(sql, i + 1, '\'');
				tokens.add(new SqlToken(Kind.STRING, sql.substring(i, end), i, end));
				i = end;
			}
			else if (c == '\'' || c == '"' || c == '`') {
				int end = quoted(sql, i, c);
				tokens.add(new SqlToken((c == '\'') ? Kind.STRING : Kind.QUOTED, sql.substring(i, end), i, end));
				i = end;
			}
			else if (c == '[') {
				int close = sql.indexOf(']', i);
				if (close < 0) {
					throw new IllegalArgumentException("a '[' at offset " + i + " is not closed");
				}
				tokens.add(new SqlToken(Kind.QUOTED, sql.substring(i, close + 1), i, close + 1));
				i = close + 1;
			}
			else if (Character.isLetter(c) || c == '_') {
				int end = i + 1;
				while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
						|| sql.charAt(end) == '$')) {
					end++;
				}
				tokens.add(new SqlToken(Kind.WORD, sql.substring(i, end), i, end));
				i = end;
			}
			else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
				int end = number(sql, i);
				tokens.add(new SqlToken(Kind.NUMBER, sql.substring(i, end), i, end));
				i = end;
			}
			else {
				tokens.add(new SqlToken(Kind.SYMBOL, String.valueOf(c), i, i + 1));
				i++;
			}
		}
		return tokens;
	}

	private static int quoted(String sql, int start, char quote) {
		int i = start + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		throw new IllegalArgumentException("a " + quote + " opened at offset " + start + " is not closed");
	}

	private static int number(String sql, int start) {
		int i = start;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			boolean exponentSign = (c == '+' || c == '-') && i > start
					&& Character.toLowerCase(sql.charAt(i - 1)) == 'e' && !sql.substring(start, i).startsWith("0x");
			if (Character.isLetterOrDigit(c) || c == '.' || exponentSign) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

}
