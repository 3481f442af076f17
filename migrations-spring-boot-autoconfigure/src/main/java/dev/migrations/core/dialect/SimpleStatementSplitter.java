package dev.migrations.core.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Cuts plain DDL and DML into the statements {@link FlywayStatementSplitter} would return, without loading Flyway or
 * warming up its character-by-character reader, and declines SQL where the two could differ, for Flyway's parser to
 * split. It knows comments, strings and quoted identifiers (with doubled quotes), parentheses and semicolons, and
 * declines SQL with:
 * <ul>
 * <li>a statement that does not start with one of {@code KINDS}, or a word of {@code DECLINED_WORDS} outside strings,
 * quoted identifiers and comments: Flyway's blocks and its statements that cannot run in a transaction;</li>
 * <li>on MySQL and MariaDB, outside strings: a {@code #} comment, a {@code /*!} comment, or {@code --} before a
 * character other than whitespace (a {@code DELIMITER} line is declined too: it starts none of {@code KINDS});</li>
 * <li>{@code $}, {@code \}, a byte-order mark, or a control character other than tab, line feed and carriage return,
 * anywhere;</li>
 * <li>outside strings, quoted identifiers and comments: a character other than ASCII letters, digits, whitespace,
 * operators and punctuation; {@code `} on PostgreSQL, where it is no quote, and {@code [} on SQLite, where it quotes
 * for the database but not for Flyway;</li>
 * <li>a quote right after a letter, a digit, {@code _} or {@code &} ({@code E''}, {@code X''}, {@code U&''});</li>
 * <li>a nested or unterminated block comment, an unterminated string or quoted identifier;</li>
 * <li>a semicolon inside parentheses, or parentheses that do not balance.</li>
 * </ul>
 */
final class SimpleStatementSplitter {

	// The statements accepted, by their leading keywords. None of Flyway's patterns for statements that cannot run in
	// a transaction, or for COPY ... FROM STDIN, starts with these, so every statement accepted is transactional.
	private static final Set<String> KINDS = Set.of("CREATE TABLE", "CREATE TEMP TABLE", "CREATE TEMPORARY TABLE",
			"CREATE UNLOGGED TABLE", "CREATE INDEX", "CREATE UNIQUE INDEX", "CREATE VIEW", "CREATE OR REPLACE VIEW",
			"CREATE SEQUENCE", "CREATE SCHEMA", "CREATE TYPE", "CREATE EXTENSION", "DROP TABLE", "DROP INDEX",
			"DROP VIEW", "DROP SEQUENCE", "DROP SCHEMA", "DROP TYPE", "DROP EXTENSION", "ALTER TABLE", "ALTER INDEX",
			"ALTER SEQUENCE", "ALTER VIEW", "INSERT INTO", "UPDATE", "DELETE FROM", "COMMENT ON", "SELECT");

	private static final int MAX_KIND_WORDS = 4;

	// The words that open or close Flyway's blocks (SQLite's BEGIN, CASE and END; PostgreSQL's BEGIN ATOMIC and CASE
	// in it), and those of Flyway's patterns for statements that cannot run in a transaction.
	private static final Set<String> DECLINED_WORDS = Set.of("BEGIN", "END", "CASE", "ATOMIC", "CONCURRENTLY",
			"DATABASE", "TABLESPACE", "SUBSCRIPTION", "SYSTEM", "REINDEX", "VACUUM", "DISCARD", "COPY", "STDIN",
			"PRAGMA");

	private static final int MAX_KEYWORD_LENGTH = 12;

	private static final String SYMBOLS = "!#%&*+,-./:<=>?@]^{|}~";

	private final StatementSyntax syntax;

	SimpleStatementSplitter(StatementSyntax syntax) {
		this.syntax = syntax;
	}

	/**
	 * Cuts SQL into statements, or declines.
	 * @param sql the SQL of one section
	 * @return the statements in order, each trimmed, without its delimiter but with the comments before it, on the
	 * line of its first token that is not a comment; or {@code null} when Flyway's parser must split this SQL
	 */
	@Nullable List<SqlStatement> split(String sql) {
		List<SqlStatement> statements = new ArrayList<>();
		int length = sql.length();
		int line = 1;
		int depth = 0;
		int start = 0;
		int firstLine = 0;
		String kind = "";
		int kindWords = 0;
		boolean known = false;
		boolean leading = true;
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			int next = i + 1;
			if (c == '\n') {
				line++;
			}
			else if (c == ' ' || c == '\t' || c == '\r') {
				// Whitespace: Flyway's trim drops it around a statement.
			}
			else if (c == '-' && next < length && sql.charAt(next) == '-') {
				// MySQL reads '--' as a comment only before whitespace.
				if (this.syntax.mysqlComments() && next + 1 < length && " \t\r\n".indexOf(sql.charAt(next + 1)) < 0) {
					return null;
				}
				next = lineCommentEnd(sql, next + 1);
			}
			else if (c == '/' && next < length && sql.charAt(next) == '*') {
				if (this.syntax.mysqlComments() && next + 1 < length && sql.charAt(next + 1) == '!') {
					return null;
				}
				next = blockCommentEnd(sql, next + 1);
				line += lineFeeds(sql, i, next);
			}
			else if (c == ';') {
				if (depth != 0) {
					return null;
				}
				// Flyway drops a statement of comments only, with its comments.
				if (firstLine != 0) {
					if (!known) {
						return null;
					}
					statements.add(new SqlStatement(sql.substring(start, i).trim(), firstLine, true));
				}
				start = next;
				firstLine = 0;
				kind = "";
				kindWords = 0;
				known = false;
				leading = true;
			}
			else {
				if (firstLine == 0) {
					firstLine = line;
				}
				if (isLetter(c) || c == '_') {
					next = wordEnd(sql, next);
					String keyword = keyword(sql, i, next);
					if (keyword != null && DECLINED_WORDS.contains(keyword)) {
						return null;
					}
					// Flyway reads a word followed by '.' as part of a qualified name, not as a keyword.
					if (leading && keyword != null && (next == length || sql.charAt(next) != '.')) {
						// concat, not '+': bootstrapping an indy concatenation costs milliseconds in a cold JVM
						kind = kind.isEmpty() ? keyword : kind.concat(" ").concat(keyword);
						known = KINDS.contains(kind);
						leading = !known && ++kindWords < MAX_KIND_WORDS;
					}
					else {
						leading = false;
					}
				}
				else {
					leading = false;
					if (this.syntax.isQuote(c)) {
						if (i > 0 && isQuotePrefix(sql.charAt(i - 1))) {
							return null;
						}
						next = quotedEnd(sql, next, c);
						line += lineFeeds(sql, i, next);
					}
					else if (c == '(') {
						depth++;
					}
					else if (c == ')') {
						depth--;
						if (depth < 0) {
							return null;
						}
					}
					else if (!isDigit(c) && !isSymbol(c)) {
						return null;
					}
				}
			}
			if (next < 0) {
				return null;
			}
			i = next;
		}
		if (depth != 0) {
			return null;
		}
		if (firstLine != 0) {
			if (!known) {
				return null;
			}
			statements.add(new SqlStatement(sql.substring(start).trim(), firstLine, true));
		}
		return statements;
	}

	// Flyway ends a line comment before a line feed or a carriage return.
	private static int lineCommentEnd(String sql, int from) {
		for (int i = from; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
			if (isDeclinedAnywhere(c)) {
				return -1;
			}
		}
		return sql.length();
	}

	// Flyway nests block comments; PostgreSQL does too, SQLite does not: declined.
	private static int blockCommentEnd(String sql, int from) {
		for (int i = from; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '*' && i + 1 < sql.length() && sql.charAt(i + 1) == '/') {
				return i + 2;
			}
			if ((c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') || isDeclinedAnywhere(c)) {
				return -1;
			}
		}
		return -1;
	}

	private static int quotedEnd(String sql, int from, char quote) {
		int i = from;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (c == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			if (isDeclinedAnywhere(c)) {
				return -1;
			}
			i++;
		}
		return -1;
	}

	private static int wordEnd(String sql, int from) {
		int i = from;
		while (i < sql.length() && (isLetter(sql.charAt(i)) || isDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
			i++;
		}
		return i;
	}

	// The word in upper case if Flyway reads it as a keyword (letters and '_' only) that may be one of ours, or null.
	private static @Nullable String keyword(String sql, int from, int to) {
		if (to - from > MAX_KEYWORD_LENGTH) {
			return null;
		}
		for (int i = from; i < to; i++) {
			if (!isLetter(sql.charAt(i))) {
				return null;
			}
		}
		return sql.substring(from, to).toUpperCase(Locale.ROOT);
	}

	private static int lineFeeds(String sql, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (sql.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	// Where brackets quote identifiers (SQLite) but Flyway's parser does not read them so: declined there.
	// Where '#' starts a comment (MySQL), declined too.
	private boolean isSymbol(char c) {
		if (c == '#') {
			return !this.syntax.mysqlComments();
		}
		return SYMBOLS.indexOf(c) >= 0 || (c == '[' && !this.syntax.bracketIdentifiers());
	}

	private static boolean isQuotePrefix(char c) {
		return isLetter(c) || isDigit(c) || c == '_' || c == '&';
	}

	private static boolean isDeclinedAnywhere(char c) {
		return c == '$' || c == '\\' || c == '\uFEFF' || (c < ' ' && c != '\t' && c != '\n' && c != '\r');
	}

	private static boolean isLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
