package dev.migrations.core;

import java.util.List;

import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.AutogenerateCommand;
import dev.migrations.core.runtime.Engine;
import dev.migrations.core.runtime.OfflineCheckCommand;

/**
 * The commands that compare the application's schema model with the revisions: {@code revision --autogenerate} and
 * {@code check --offline}. Obtained from {@link Migrations#autogenerate()}; {@link Migrations#check()} compares the
 * model too.
 */
public final class Autogenerate {

	private final Engine engine;

	Autogenerate(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Writes a revision of portable operations that makes the database, which must be at the head, match the
	 * model; its downgrade is derived from the operations. Renames show as a drop and an add, noted in the file.
	 * @param request the message, directory and head, as for {@link Migrations#revision(NewRevision)}
	 * @param allowEmpty whether to write an empty revision when nothing differs
	 * @return the revision written, or none ("No changes detected"), and what differs
	 * @throws MigrationsException with {@link ErrorCode#NO_MODEL} without a model, or
	 * {@link ErrorCode#PENDING_REVISIONS} when the database is not at the head
	 */
	public AutogenerateResult revision(NewRevision request, boolean allowEmpty) {
		return new AutogenerateCommand(this.engine).revision(request, allowEmpty);
	}

	/**
	 * Whether this engine has a schema model to compare with: JPA entities, a declared schema, or one given to the
	 * builder.
	 * @return {@code true} where autogenerate and the model comparison of {@code check} can run
	 */
	public boolean hasModel() {
		return new AutogenerateCommand(this.engine).hasModel();
	}

	/**
	 * Compares the model with the database as it is, without writing anything.
	 * @return each difference, as the operation that would fix it; empty when they agree
	 * @throws MigrationsException with {@link ErrorCode#NO_MODEL} without a model
	 */
	public List<String> differences() {
		return new AutogenerateCommand(this.engine).differences();
	}

	/**
	 * Compares the model with the schema the revisions make, without the application's database: replayed into an
	 * in-memory database on SQLite and H2, simulated from the portable operations elsewhere.
	 * @param dialect the database the revisions and the model are for, such as {@code postgresql}
	 * @return the heads, the differences, and the problems found
	 * @throws MigrationsException with {@link ErrorCode#NO_MODEL} without a model, or
	 * {@link ErrorCode#UNSUPPORTED_DATABASE} when a revision cannot be replayed offline on that database
	 */
	public CheckResult checkOffline(String dialect) {
		return new OfflineCheckCommand(this.engine).run(dialect);
	}

}
