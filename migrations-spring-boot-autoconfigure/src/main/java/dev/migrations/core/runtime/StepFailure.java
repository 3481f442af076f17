package dev.migrations.core.runtime;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.api.Step;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.SqlStatement;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.RevisionScript;

/**
 * The error of a statement of a revision that failed: where (file and line), why (the database's message and
 * SQLState), what became of the revision's other statements, and what to do. A transactional revision was rolled
 * back; a non-transactional one, or any revision where DDL commits by itself, stopped part-way, with the statements
 * before the failed one applied, and waits to be resolved.
 */
final class StepFailure {

	private final Dialect dialect;

	private final RevisionScript script;

	private final Step step;

	private final List<SqlStatement> statements;

	private final int index;

	private final Step firstOfTransaction;

	StepFailure(Dialect dialect, RevisionScript script, Step step, List<SqlStatement> statements, int index,
			Step firstOfTransaction) {
		this.dialect = dialect;
		this.script = script;
		this.step = step;
		this.statements = statements;
		this.index = index;
		this.firstOfTransaction = firstOfTransaction;
	}

	/**
	 * Builds the error.
	 * @param cause the database's error
	 * @return the exception, with {@link ErrorCode#SQL_FAILED}
	 */
	Failed exception(SQLException cause) {
		SqlStatement failed = this.statements.get(this.index);
		String message = this.step.direction().label() + " of revision '" + this.step.revision().id() + "' failed at "
				+ this.script.resource().description() + ":" + failed.line() + ": "
				+ String.valueOf(cause.getMessage()).strip()
				+ ((cause.getSQLState() != null) ? " (SQLState " + cause.getSQLState() + ")" : "") + ". " + outcome()
				+ stampHint(cause);
		return new Failed(message, this.index, cause);
	}

	// An upgrade that meets what it creates in place, with nothing of it left applied, most likely runs on a database
	// created by hand or by another tool: its revisions are to be stamped, not run.
	private String stampHint(SQLException cause) {
		boolean nothingLeft = this.dialect.transactionalDdl() ? this.script.transactional() : this.index == 0;
		if (this.step.direction() != Direction.UPGRADE || !nothingLeft || !this.dialect.alreadyExists(cause)) {
			return "";
		}
		String id = this.step.revision().id();
		return " If the database already has the changes of the revisions up to '" + id + "' (it was created by hand"
				+ " or by another tool), record them instead of running them: 'migrations stamp " + id + "', then"
				+ " 'migrations upgrade' runs the revisions after it.";
	}

	private String outcome() {
		if (!this.dialect.transactionalDdl()) {
			return (this.index == 0) ? firstStatementFailed() : stoppedPartWay();
		}
		if (!this.script.transactional()) {
			return "The revision is not transactional and stopped part-way: the statements before line "
					+ this.statements.get(this.index).line() + " stay applied, and no migration runs until this is"
					+ " resolved. " + repair();
		}
		if (this.firstOfTransaction != this.step) {
			return "The revision was rolled back with the revisions of its transaction, from '"
					+ this.firstOfTransaction.revision().id() + "' on: the database is as it was before them. Fix the"
					+ " SQL and run the command again.";
		}
		return "The revision was rolled back: the database is as it was before it. Fix the SQL and run the command"
				+ " again.";
	}

	private String firstStatementFailed() {
		return "Nothing of the revision ran: its first statement failed, and " + this.dialect.name() + " runs each"
				+ " statement by itself, so the database and the version table are as they were before it. Fix the SQL"
				+ " and run the command again.";
	}

	private String stoppedPartWay() {
		String file = this.script.resource().fileName();
		String ran = this.statements.subList(0, this.index).stream().map((statement) -> String.valueOf(statement.line()))
			.collect(Collectors.joining(", "));
		int after = this.statements.size() - this.index - 1;
		return this.dialect.name() + " commits each DDL statement by itself, so the revision stopped part-way: the"
				+ " statements before line " + this.statements.get(this.index).line() + " stay applied (" + this.index
				+ " of " + this.statements.size() + ": " + ((this.index == 1) ? "line " : "lines ") + ran + " of " + file
				+ "), the one at line " + this.statements.get(this.index).line()
				+ ((after == 0) ? ", the last, failed. The" : " failed and the " + after + " after it did not run. The")
				+ " version table stays at the last revision that fully ran, and no migration runs until this is"
				+ " resolved. " + repair();
	}

	private String repair() {
		String id = this.step.revision().id();
		return "Repair the database by hand, fix the SQL, then run 'migrations resolve " + id + " "
				+ Resolution.APPLIED.flag() + "' if all of its changes are now in place, or 'migrations resolve " + id
				+ " " + Resolution.NOT_APPLIED.flag() + "' if none of them are (the next "
				+ this.step.direction().label() + " runs it again).";
	}

	/**
	 * Returns the error as it leaves the executor: a {@link Failed} becomes the plain {@link MigrationsException} it
	 * stands for, so that listeners, meters and callers see the API's type, not this internal one.
	 * @param failure an error of a step
	 * @return the error to report and throw
	 */
	static MigrationsException published(MigrationsException failure) {
		return (failure instanceof Failed failed)
				? new MigrationsException(failed.getCode(), failed.getMessage(), failed.getCause()) : failure;
	}

	/** The error, with the index of the statement that failed, for the executor's own use. */
	static final class Failed extends MigrationsException {

		private static final long serialVersionUID = 1L;

		private final int index;

		Failed(String message, int index, SQLException cause) {
			super(ErrorCode.SQL_FAILED, message, cause);
			this.index = index;
		}

		int index() {
			return this.index;
		}

	}

}
