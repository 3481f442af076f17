package dev.migrations.core.schema.inspect;

import java.util.Locale;

/**
 * One token of an SQL statement, with where it is in the statement, so that expressions can be cut out of the
 * statement exactly as written.
 *
 * @param kind what the token is
 * @param text the token's text as written, quotes included
 * @param start the offset of its first character
 * @param end the offset after its last character
 */
record SqlToken(Kind kind, String text, int start, int end) {

	enum Kind {

		/** A bare word: a keyword or an unquoted identifier. */
		WORD,
		/** An identifier in double quotes, back ticks or brackets. */
		QUOTED,
		/** A string literal in single quotes. */
		STRING,
		/** A number. */
		NUMBER,
		/** Any other character: parentheses, commas, operators. */
		SYMBOL

	}

	/**
	 * Whether this token is a bare word equal to a keyword, without case.
	 * @param keyword the keyword, in upper case
	 * @return {@code true} if it is
	 */
	boolean is(String keyword) {
		return this.kind == Kind.WORD && this.text.equalsIgnoreCase(keyword);
	}

	/**
	 * Whether this token is a symbol.
	 * @param symbol the symbol, such as {@code (}
	 * @return {@code true} if it is
	 */
	boolean isSymbol(String symbol) {
		return this.kind == Kind.SYMBOL && this.text.equals(symbol);
	}

	/**
	 * Whether this token can name something: a bare word, a quoted identifier, or a string (SQLite accepts
	 * {@code 'name'} where an identifier is expected).
	 * @return {@code true} if it is a name
	 */
	boolean isName() {
		return this.kind == Kind.WORD || this.kind == Kind.QUOTED || this.kind == Kind.STRING;
	}

	/**
	 * Returns the name this token denotes, its quotes removed.
	 * @return the name
	 */
	String name() {
		if (this.kind == Kind.WORD) {
			return this.text;
		}
		char open = this.text.charAt(0);
		String inner = this.text.substring(1, this.text.length() - 1);
		return switch (open) {
			case '"' -> inner.replace("\"\"", "\"");
			case '`' -> inner.replace("``", "`");
			case '\'' -> inner.replace("''", "'");
			default -> inner;
		};
	}

	/**
	 * Returns the word in upper case, for keyword comparisons.
	 * @return the upper-case text
	 */
	String upper() {
		return this.text.toUpperCase(Locale.ROOT);
	}

}
