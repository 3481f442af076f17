package dev.migrations.core.dialect;

/**
 * What the simple statement splitter must know of a database's lexical syntax to cut plain DDL exactly where
 * Flyway's parser for that database would, and to decline the rest.
 *
 * @param identifierQuotes the characters that open and close a quoted identifier besides {@code '}, such as
 * {@code "} or {@code "`}
 * @param bracketIdentifiers whether {@code [name]} quotes an identifier (where Flyway's parser does not read it so,
 * the simple splitter declines the SQL)
 */
public record StatementSyntax(String identifierQuotes, boolean bracketIdentifiers) {

	/** Standard SQL: double quotes around identifiers. */
	public static final StatementSyntax STANDARD = new StatementSyntax("\"", false);

	/** SQLite: double quotes and backticks around identifiers, and brackets too. */
	public static final StatementSyntax SQLITE = new StatementSyntax("\"`", true);

	/**
	 * Whether a character opens a quoted string or identifier.
	 * @param c the character
	 * @return {@code true} for {@code '} and each identifier quote
	 */
	public boolean isQuote(char c) {
		return c == '\'' || this.identifierQuotes.indexOf(c) >= 0;
	}

}
