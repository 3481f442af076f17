package dev.migrations.core.dialect;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a dialect's SQL into statements: plain DDL and DML by the simple splitter, anything else by Flyway's parser
 * for that database, created on the first SQL the simple splitter declines so that neither the check at head, which
 * splits nothing, nor plain DDL loads a class of Flyway's. One per dialect; thread-safe.
 */
public final class StatementSplitter {

	private final SimpleStatementSplitter simple;

	private final Supplier<BiFunction<Configuration, ParsingContext, Parser>> parserFactory;

	private volatile @Nullable FlywayStatementSplitter flyway;

	/**
	 * Creates a splitter.
	 * @param syntax the database's lexical syntax
	 * @param parserFactory what returns the constructor of Flyway's parser for the database, such as
	 * {@code () -> PostgreSQLParser::new}: linking a constructor reference loads the parser's classes, so it is linked
	 * only when the simple splitter first declines
	 */
	public StatementSplitter(StatementSyntax syntax,
			Supplier<BiFunction<Configuration, ParsingContext, Parser>> parserFactory) {
		this.simple = new SimpleStatementSplitter(syntax);
		this.parserFactory = parserFactory;
	}

	/**
	 * Cuts SQL into statements.
	 * @param sql the SQL of one section
	 * @return the statements in order, lines counted from the section's first line
	 */
	public List<SqlStatement> split(String sql) {
		List<SqlStatement> statements = this.simple.split(sql);
		return (statements != null) ? statements : flyway().split(sql);
	}

	private FlywayStatementSplitter flyway() {
		FlywayStatementSplitter current = this.flyway;
		if (current == null) {
			current = new FlywayStatementSplitter(this.parserFactory.get());
			this.flyway = current;
		}
		return current;
	}

}
