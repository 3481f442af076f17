package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.SqlStatement;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.render.Rendering;
import dev.migrations.core.schema.render.SchemaRenderer;
import dev.migrations.core.schema.render.TableSource;
import dev.migrations.core.script.LocatedOperation;
import dev.migrations.core.script.RevisionScript;

/**
 * Runs a revision's portable operations: renders each batch with the dialect's renderer against the database as it
 * is at that moment, runs the statements, and after an SQLite rebuild checks the rebuilt table's foreign keys,
 * failing the revision (which then rolls back) on a violation, naming the table and the rows.
 */
final class OperationRunner {

	private static final int ROWS_SHOWN = 10;

	private final Dialect dialect;

	OperationRunner(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Runs statements for the runner.
	 */
	@FunctionalInterface
	interface StatementRunner {

		void run(SqlStatement statement);

	}

	/**
	 * Whether running these operations may rebuild a table, so that foreign keys must be off around the transaction.
	 * @param dialect the dialect
	 * @param operations the operations
	 * @return {@code true} when a batch may rebuild a table
	 */
	static boolean mayRebuild(Dialect dialect, List<LocatedOperation> operations) {
		SchemaRenderer renderer = dialect.renderer();
		return renderer.batches(operations.stream().map(LocatedOperation::operation).toList()).stream()
			.anyMatch(renderer::mayRebuild);
	}

	void run(Connection connection, RevisionScript script, List<LocatedOperation> operations, TableSource tables,
			StatementRunner runner) {
		check(script, operations);
		for (Batch batch : batches(operations)) {
			Rendering rendering = render(script, batch, tables);
			boolean own = !rendering.rebuiltTables().isEmpty() && autoCommit(connection);
			try {
				// A rebuild is never left half done: outside the revision's transaction it takes its own.
				if (own) {
					setAutoCommit(connection, false);
				}
				for (SqlStatement statement : statements(rendering, batch.line())) {
					runner.run(statement);
				}
				for (String table : rendering.rebuiltTables()) {
					checkForeignKeys(connection, script, table, batch.line());
				}
				if (own) {
					connection.commit();
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (own) {
					Transactions.rollbackQuietly(connection, ex);
				}
				throw (ex instanceof RuntimeException runtime) ? runtime : new MigrationsException(
						ErrorCode.DATABASE_ERROR, "Cannot commit the rebuild of " + rendering.rebuiltTables() + ": "
								+ ex.getMessage(), ex);
			}
			finally {
				if (own) {
					setAutoCommit(connection, true);
				}
			}
		}
	}

	private static boolean autoCommit(Connection connection) {
		try {
			return connection.getAutoCommit();
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Cannot read the transaction mode: "
					+ ex.getMessage(), ex);
		}
	}

	private static void setAutoCommit(Connection connection, boolean autoCommit) {
		try {
			if (connection.getAutoCommit() != autoCommit) {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Cannot change the transaction mode: "
					+ ex.getMessage(), ex);
		}
	}

	/**
	 * Renders operations without a database, for offline scripts: a rebuild's foreign key check becomes a
	 * {@code PRAGMA foreign_key_check} that must return no rows.
	 * @param script the revision
	 * @param operations the operations
	 * @param tables the simulated schema
	 * @return the statements
	 */
	List<SqlStatement> render(RevisionScript script, List<LocatedOperation> operations, TableSource tables) {
		check(script, operations);
		List<SqlStatement> statements = new ArrayList<>();
		for (Batch batch : batches(operations)) {
			Rendering rendering = render(script, batch, tables);
			statements.addAll(statements(rendering, batch.line()));
			for (String table : rendering.rebuiltTables()) {
				statements.add(new SqlStatement("PRAGMA foreign_key_check(" + literal(table) + ")", batch.line(),
						true));
			}
		}
		return statements;
	}

	// What the database cannot do at all is refused before anything runs.
	private void check(RevisionScript script, List<LocatedOperation> operations) {
		for (LocatedOperation located : operations) {
			try {
				this.dialect.renderer().check(located.operation());
			}
			catch (IllegalArgumentException ex) {
				throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, script.resource().description() + ":"
						+ located.line() + ": '" + located.operation().describe() + "' cannot run on "
						+ this.dialect.name() + ": " + ex.getMessage());
			}
		}
	}

	private Rendering render(RevisionScript script, Batch batch, TableSource tables) {
		try {
			return this.dialect.renderer().render(batch.operations(), tables);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, script.resource().description() + ":"
					+ batch.line() + ": '" + batch.operations().get(0).describe() + "' cannot run on "
					+ this.dialect.name() + ": " + ex.getMessage());
		}
		catch (MigrationsException ex) {
			throw new MigrationsException(ex.getCode(), script.resource().description() + ":" + batch.line() + ": '"
					+ batch.operations().get(0).describe() + "' cannot run on " + this.dialect.name() + ": "
					+ ex.getMessage(), ex);
		}
	}

	private List<SqlStatement> statements(Rendering rendering, int line) {
		if (!rendering.script()) {
			return rendering.statements().stream().map((sql) -> new SqlStatement(sql, line, true)).toList();
		}
		List<SqlStatement> statements = new ArrayList<>();
		for (String sql : rendering.statements()) {
			for (SqlStatement statement : this.dialect.split(sql)) {
				statements.add(new SqlStatement(statement.sql(), line + statement.line() - 1,
						statement.transactional()));
			}
		}
		return statements;
	}

	private record Batch(List<Operation> operations, int line) {

	}

	private List<Batch> batches(List<LocatedOperation> operations) {
		List<Operation> plain = operations.stream().map(LocatedOperation::operation).toList();
		List<Batch> batches = new ArrayList<>();
		int index = 0;
		for (List<Operation> batch : this.dialect.renderer().batches(plain)) {
			batches.add(new Batch(batch, operations.get(index).line()));
			index += batch.size();
		}
		return batches;
	}

	// PRAGMA foreign_key_check lists each violating row: its table, rowid, the referenced table and the key's id.
	private static void checkForeignKeys(Connection connection, RevisionScript script, String table, int line) {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA foreign_key_check(" + literal(table) + ")")) {
			while (result.next()) {
				violations.computeIfAbsent(result.getString(1) + "' referencing '" + result.getString(3),
						(key) -> new ArrayList<>()).add(String.valueOf(result.getObject(2)));
			}
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.SQL_FAILED, "Cannot check the foreign keys of table '" + table
					+ "' after rebuilding it (" + script.resource().description() + ":" + line + "): "
					+ ex.getMessage() + ". The revision was rolled back: the database is as it was before it.", ex);
		}
		if (!violations.isEmpty()) {
			List<String> parts = new ArrayList<>();
			violations.forEach((key, rows) -> parts.add("'" + key + "' at rowid " + String.join(", ",
					rows.subList(0, Math.min(ROWS_SHOWN, rows.size()))) + ((rows.size() > ROWS_SHOWN)
							? " and " + (rows.size() - ROWS_SHOWN) + " more" : "")));
			throw new MigrationsException(ErrorCode.SQL_FAILED, "Revision '" + script.revision().id() + "' failed at "
					+ script.resource().description() + ":" + line + ": after rebuilding table '" + table
					+ "', rows violate its foreign keys: " + String.join("; ", parts) + ". The revision was rolled"
					+ " back: the database is as it was before it. Fix the rows (or the operation) and run the"
					+ " command again.");
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
