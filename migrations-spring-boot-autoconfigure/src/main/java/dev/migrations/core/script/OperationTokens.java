package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Cuts the text of a {@code -- migrations:operations} section into statements of tokens: words, quoted names,
 * strings, numbers, {@code $$...$$} (or {@code $tag$...$tag$}) SQL and punctuation, each with its line. A statement
 * ends at a line break outside parentheses and {@code $$} quotes, or at a semicolon, except that the SQL of an
 * {@code execute} may go on over the next lines; {@code --} starts a comment.
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
			String tag = dollarTag(text, i);
			if (tag != null) {
				int close = text.indexOf(tag, i + tag.length());
				if (close < 0) {
					throw error.at(line, "'" + tag + "' SQL is not closed; end it with '" + tag + "'");
				}
				String sql = text.substring(i + tag.length(), close);
				current.add(new Token(Kind.DOLLAR, sql.strip(), line, start, close + tag.length()));
				line += count(sql, '\n');
				i = close + tag.length();
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

	// A line that starts with 'reverse', a $$ quote, or a dialect name and a $$ quote continues an 'execute'.
	private static void flush(String text, List<Token> current, List<Statement> statements) {
		if (current.isEmpty()) {
			return;
		}
		Token first = current.get(0);
		boolean continues = first.is("reverse") || first.kind() == Kind.DOLLAR || (first.kind() == Kind.WORD
				&& !first.is("execute") && current.size() > 1 && current.get(1).kind() == Kind.DOLLAR);
		if (continues && !statements.isEmpty()) {
			Statement previous = statements.remove(statements.size() - 1);
			List<Token> joined = new ArrayList<>(previous.tokens());
			joined.addAll(current);
			statements.add(new Statement(text, List.copyOf(joined)));
		}
		else {
			statements.add(new Statement(text, List.copyOf(current)));
		}
		current.clear();
	}

	// $$ or $tag$, as PostgreSQL quotes function bodies: SQL that holds $$ itself goes in $sql$...$sql$.
	private static @Nullable String dollarTag(String text, int from) {
		if (text.charAt(from) != '$') {
			return null;
		}
		int i = from + 1;
		while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
			i++;
		}
		return (i < text.length() && text.charAt(i) == '$') ? text.substring(from, i + 1) : null;
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
