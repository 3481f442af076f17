package dev.migrations.core.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;

/**
 * Cuts SQL into statements with Flyway Core's dialect-aware parsers, which know dollar-quoted bodies,
 * {@code BEGIN ... END} blocks, comments and quoted semicolons. The only class that touches Flyway's internals.
 */
final class FlywayStatementSplitter {

	private final BiFunction<Configuration, ParsingContext, Parser> parserFactory;

	private volatile Configuration configuration;

	FlywayStatementSplitter(BiFunction<Configuration, ParsingContext, Parser> parserFactory) {
		this.parserFactory = parserFactory;
	}

	List<SqlStatement> split(String sql) {
		Parser parser = this.parserFactory.apply(configuration(), new OfflineParsingContext());
		List<SqlStatement> statements = new ArrayList<>();
		try (SqlStatementIterator iterator = parser.parse(new StringResource(sql))) {
			while (iterator.hasNext()) {
				org.flywaydb.core.internal.sqlscript.SqlStatement statement = iterator.next();
				statements.add(new SqlStatement(statement.getSql(), statement.getLineNumber(),
						statement.canExecuteInTransaction()));
			}
		}
		return statements;
	}

	/**
	 * A parsing context without a database, as before, that says so cheaply. Flyway's PostgreSQL parser asks for the
	 * database's version for every statement (to know whether {@code ALTER TYPE ... ADD VALUE} may run in a
	 * transaction) and catches the failure; a {@code NullPointerException} there, whose message Flyway reads, cost
	 * more than the rest of the parse. The version stays unknown, so the statements are classified as before.
	 */
	private static final class OfflineParsingContext extends ParsingContext {

		private static final IllegalStateException NO_DATABASE = new IllegalStateException(
				"no database: splitting SQL without a connection") {

			@Override
			public synchronized Throwable fillInStackTrace() {
				return this;
			}

		};

		@Override
		public Database getDatabase() {
			throw NO_DATABASE;
		}

	}

	// Built on first use: the check at head never splits SQL and should not pay for Flyway's configuration.
	private Configuration configuration() {
		Configuration current = this.configuration;
		if (current == null) {
			ClassicConfiguration created = new ClassicConfiguration();
			created.setPlaceholderReplacement(false);
			this.configuration = created;
			current = created;
		}
		return current;
	}

}
