package dev.migrations.core.schema.inspect;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Walks the tokens of one statement for {@link SqliteDdlParser}: peeks, takes, expects keywords, skips balanced
 * parentheses, and cuts the statement's text between two tokens exactly as written.
 */
final class TokenCursor {

	private final String sql;

	private final List<SqlToken> tokens;

	private int position;

	TokenCursor(String sql) {
		this.sql = sql;
		this.tokens = SqlTokenizer.tokenize(sql);
	}

	boolean atEnd() {
		return this.position >= this.tokens.size() || peek().isSymbol(";");
	}

	SqlToken peek() {
		return peek(0);
	}

	SqlToken peek(int ahead) {
		int index = this.position + ahead;
		if (index >= this.tokens.size()) {
			return new SqlToken(SqlToken.Kind.SYMBOL, "", this.sql.length(), this.sql.length());
		}
		return this.tokens.get(index);
	}

	SqlToken next() {
		if (this.position >= this.tokens.size()) {
			throw failure("the statement ends too early");
		}
		return this.tokens.get(this.position++);
	}

	// Takes the keyword if it comes next.
	boolean accept(String keyword) {
		if (peek().is(keyword)) {
			this.position++;
			return true;
		}
		return false;
	}

	// Takes the keywords if they all come next, in order.
	boolean accept(String... keywords) {
		for (int i = 0; i < keywords.length; i++) {
			if (!peek(i).is(keywords[i])) {
				return false;
			}
		}
		this.position += keywords.length;
		return true;
	}

	boolean acceptSymbol(String symbol) {
		if (peek().isSymbol(symbol)) {
			this.position++;
			return true;
		}
		return false;
	}

	void expect(String keyword) {
		if (!accept(keyword)) {
			throw failure("expected " + keyword);
		}
	}

	void expectSymbol(String symbol) {
		if (!acceptSymbol(symbol)) {
			throw failure("expected '" + symbol + "'");
		}
	}

	String name() {
		SqlToken token = next();
		if (!token.isName()) {
			throw failure("expected a name before '" + token.text() + "'");
		}
		return token.name();
	}

	// A name, possibly qualified by a schema: returns the last part.
	String qualifiedName() {
		String name = name();
		while (acceptSymbol(".")) {
			name = name();
		}
		return name;
	}

	// After an opening parenthesis: takes everything up to its matching one, returns the text inside as written.
	String parenthesized() {
		expectSymbol("(");
		int first = this.position;
		int depth = 1;
		while (true) {
			SqlToken token = next();
			if (token.isSymbol("(")) {
				depth++;
			}
			else if (token.isSymbol(")") && --depth == 0) {
				break;
			}
		}
		int closing = this.position - 1;
		return (closing == first) ? ""
				: this.sql.substring(this.tokens.get(first).start(), this.tokens.get(closing - 1).end());
	}

	// Takes tokens up to a comma or closing parenthesis at depth zero, returns them as written, or "" for none.
	String untilSeparator() {
		int depth = 0;
		@Nullable SqlToken first = null;
		@Nullable SqlToken last = null;
		while (!atEnd()) {
			SqlToken token = peek();
			if (depth == 0 && (token.isSymbol(",") || token.isSymbol(")"))) {
				break;
			}
			if (token.isSymbol("(")) {
				depth++;
			}
			else if (token.isSymbol(")")) {
				depth--;
			}
			next();
			first = (first != null) ? first : token;
			last = token;
		}
		return (first != null && last != null) ? this.sql.substring(first.start(), last.end()) : "";
	}

	// The rest of the statement as written, without a trailing semicolon.
	String rest() {
		if (atEnd()) {
			return "";
		}
		int start = peek().start();
		int end = start;
		while (!atEnd()) {
			end = next().end();
		}
		return this.sql.substring(start, end);
	}

	IllegalArgumentException failure(String problem) {
		SqlToken at = peek();
		String near = at.text().isEmpty() ? "at the end" : "near '" + at.text() + "' (offset " + at.start() + ")";
		return new IllegalArgumentException(problem + " " + near);
	}

}
