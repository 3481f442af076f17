package dev.migrations.core.dialect;

/**
 * What the simple statement splitter must know of a database's lexical syntax to cut plain DDL exactly where
 * Flyway's parser for that database would, and to decline the rest.
 *
 * @param identifierQuotes the characters that open and close a quoted identifier besides {@code '}, such as
 * {@code "} or {@code "`}
 * @param bracketIdentifiers whether {@code [name]} quotes an identifier (where Flyway's parser does not read it so,
 * the simple splitter declines the SQL)
 * @param mysqlComments whether {@code #} starts a comment and {@code /*!} a comment the server runs, as on MySQL and
 * MariaDB: the simple splitter declines SQL with either, for Flyway's MySQL parser
 */
public record StatementSyntax(String identifierQuotes, boolean bracketIdentifiers, boolean mysqlComments) {

	/** Standard SQL: double quotes around identifiers. */
	public static final StatementSyntax STANDARD = new StatementSyntax("\"", false, false);

	/** SQLite: double quotes and backticks around identifiers, and brackets too. */
	public static final StatementSyntax SQLITE = new StatementSyntax("\"`", true, false);

	/** H2: double quotes and backticks around identifiers. */
	public static final StatementSyntax H2 = new StatementSyntax("\"`", false, false);

	/**
	 * MySQL and MariaDB: backticks around identifiers, double quotes around strings (both cut alike), {@code #} and
	 * {@code /*!} comments.
	 */
	public static final StatementSyntax MYSQL = new StatementSyntax("\"`", false, true);

	/**
	 * Whether a character opens a quoted string or identifier.
	 * @param c the character
	 * @return {@code true} for {@code '} and each identifier quote
	 */
	public boolean isQuote(char c) {
		return c == '\'' || this.identifierQuotes.indexOf(c) >= 0;
	}

}
