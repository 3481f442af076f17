package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the text of a {@code -- migrations:operations} section into statements of tokens: words, quoted names,
 * strings, numbers, {@code $$...$$} SQL and punctuation, each with its line. A statement ends at a line break
 * outside parentheses and {@code $$} quotes, or at a semicolon; {@code --} starts a comment.
 */
final class OperationTokens {

	enum Kind {

		WORD, QUOTED, STRING, NUMBER, DOLLAR, PUNCT

	}

	record Token(Kind kind, String text, int line, int start, int end) {

		boolean is(String word) {
			return (this.kind == Kind.WORD && this.text.equalsIgnoreCase(word))
					|| (this.kind == Kind.PUNCT && this.text.equals(word));
		}

		// A name: an unquoted word folds to lower case, as PostgreSQL folds it; a quoted one is kept as written.
		String name() {
			return (this.kind == Kind.WORD) ? this.text.toLowerCase(Locale.ROOT) : this.text;
		}

	}

	record Statement(String source, List<Token> tokens) {

		int line() {
			return this.tokens.get(0).line();
		}

	}

	private OperationTokens() {
	}

	/**
	 * Tokenizes a section.
	 * @param text the section text
	 * @param firstLine the file line of its first line
	 * @param error builds the error for a file line and a problem
	 * @return the statements
	 */
	static List<Statement> statements(String text, int firstLine, ErrorAt error) {
		List<Statement> statements = new ArrayList<>();
		List<Token> current = new ArrayList<>();
		int depth = 0;
		int line = firstLine;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				i++;
				if (depth == 0) {
					flush(text, current, statements);
				}
				continue;
			}
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (text.startsWith("--", i)) {
				while (i < text.length() && text.charAt(i) != '\n') {
					i++;
				}
				continue;
			}
			int start = i;
			if (c == ';') {
				i++;
				flush(text, current, statements);
				continue;
			}
			if (text.startsWith("$$", i)) {
				int close = text.indexOf("$$", i + 2);
				if (close < 0) {
					throw error.at(line, "'$$' SQL is not closed; end it with '$$'");
				}
				String sql = text.substring(i + 2, close);
				current.add(new Token(Kind.DOLLAR, sql.strip(), line, start, close + 2));
				line += count(sql, '\n');
				i = close + 2;
				continue;
			}
			if (c == '\'' || c == '"') {
				int end = quoted(text, i, c);
				if (end < 0) {
					throw error.at(line, "the " + ((c == '"') ? "quoted name" : "string") + " is not closed; end it"
							+ " with " + c);
				}
				String inner = text.substring(i + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
				current.add(new Token((c == '"') ? Kind.QUOTED : Kind.STRING, inner, line, start, end));
				line += count(inner, '\n');
				i = end;
				continue;
			}
			if (Character.isLetter(c) || c == '_') {
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
						|| text.charAt(i) == '$')) {
					i++;
				}
				current.add(new Token(Kind.WORD, text.substring(start, i), line, start, i));
				continue;
			}
			if (Character.isDigit(c) || ((c == '-' || c == '+') && i + 1 < text.length()
					&& Character.isDigit(text.charAt(i + 1)))) {
				i++;
				while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
					i++;
				}
				current.add(new Token(Kind.NUMBER, text.substring(start, i), line, start, i));
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			current.add(new Token(Kind.PUNCT, String.valueOf(c), line, start, i + 1));
			i++;
		}
		flush(text, current, statements);
		return statements;
	}

	private static void flush(String text, List<Token> current, List<Statement> statements) {
		if (!current.isEmpty()) {
			statements.add(new Statement(text, List.copyOf(current)));
			current.clear();
		}
	}

	private static int quoted(String text, int from, char quote) {
		int i = from + 1;
		while (i < text.length()) {
			if (text.charAt(i) == quote) {
				if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return -1;
	}

	private static int count(String text, char c) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Builds the error for a file line.
	 */
	@FunctionalInterface
	interface ErrorAt {

		RuntimeException at(int line, String problem);

	}

}
