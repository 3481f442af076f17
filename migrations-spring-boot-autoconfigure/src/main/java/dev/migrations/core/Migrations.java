package dev.migrations.core;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.BaselineResult;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.ChecksumMismatch;
import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.api.MigrationsReport;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Range;
import dev.migrations.core.api.Resolution;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.RevisionDetail;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.api.Step;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.AcceptChecksumCommand;
import dev.migrations.core.runtime.AuditCommand;
import dev.migrations.core.runtime.BaselineCommand;
import dev.migrations.core.runtime.CheckCommand;
import dev.migrations.core.runtime.DowngradeCommand;
import dev.migrations.core.runtime.Engine;
import dev.migrations.core.runtime.HistoryCommand;
import dev.migrations.core.runtime.InspectCommand;
import dev.migrations.core.runtime.NewRevisionCommand;
import dev.migrations.core.runtime.OfflineSqlCommand;
import dev.migrations.core.runtime.ReportCommand;
import dev.migrations.core.runtime.ResolveCommand;
import dev.migrations.core.runtime.StampCommand;
import dev.migrations.core.runtime.UpgradeCommand;
import dev.migrations.core.schema.Schema;

/**
 * The facade of every command, like Alembic's {@code command} module: the command line, the startup runner and the
 * actuator endpoint all call these methods, and each one hands its work to the command class of its verb in
 * {@code dev.migrations.core.runtime}. What it takes and returns lives in {@code dev.migrations.core.api}. Revision
 * files are read once, on first use.
 */
public final class Migrations {

	private final Engine engine;

	Migrations(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Starts configuring an engine for a DataSource.
	 * @param dataSource the database to migrate
	 * @return a builder with every setting at its default
	 */
	public static MigrationsBuilder builder(DataSource dataSource) {
		return new MigrationsBuilder(dataSource);
	}

	/**
	 * Returns the name of the dialect of a JDBC URL, for offline SQL, without connecting.
	 * @param jdbcUrl the JDBC URL
	 * @return the dialect name, such as {@code postgresql}
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_DATABASE} for another database
	 */
	public static String dialectOf(String jdbcUrl) {
		return Dialects.forUrl(jdbcUrl).name();
	}

	/**
	 * Returns the name of the DataSource this engine migrates, as logs, meters and the actuator endpoint show it.
	 * @return the name, {@value MigrationsBuilder#DEFAULT_NAME} unless the builder set another
	 */
	public String name() {
		return this.engine.name();
	}

	/**
	 * Returns the settings this engine runs with.
	 * @return the settings
	 */
	public MigrationsConfig config() {
		return this.engine.config();
	}

	/**
	 * Returns the database this engine migrates.
	 * @return the DataSource
	 */
	public DataSource dataSource() {
		return this.engine.dataSource();
	}

	/**
	 * Applies exactly the revisions the target needs that are not applied yet, parents and dependencies first, in the
	 * graph's deterministic order. Upgrading one branch leaves the other branches' version rows alone; upgrading into
	 * a merge point collapses the rows it merges into one. Takes the migration lock, and creates the version tables on
	 * first use; a database already at the target, with a clean history, is only read, without the lock.
	 * @param target {@code heads}, {@code head}, {@code LABEL@head}, a revision, {@code +N}, {@code REV+N}...
	 * @return the steps that ran and the resulting version rows
	 * @throws MigrationsException when the target is invalid, a revision fails (which is rolled back), or the checks
	 * of {@link #validate()} fail
	 */
	public MigrationResult upgrade(String target) {
		return new UpgradeCommand(this.engine).run(target);
	}

	/**
	 * Reverts every applied revision above the target, and what needs them, dependents first. Downgrading out of a
	 * merge point splits its row back into its parents. A target limited to a branch ({@code LABEL@REV},
	 * {@code LABEL@base}, {@code LABEL@-N}, and {@code -N}, which counts down the current revision's branch) reverts
	 * only that branch, and fails rather than revert another branch's revisions.
	 * @param target {@code base}, a revision, {@code LABEL@base}, {@code -N}, {@code REV-N}...
	 * @return the steps that ran and the resulting version rows
	 * @throws MigrationsException when the target is invalid or not below the current revisions, a revision fails,
	 * or the checks of {@link #validate()} fail
	 */
	public MigrationResult downgrade(String target) {
		return new DowngradeCommand(this.engine).run(target);
	}

	/**
	 * Sets the version rows to the targets without running any revision, for a database changed by hand or by
	 * another tool. Each target replaces the rows on its line of history; {@code base} removes them. The history
	 * table gets a row with outcome {@code STAMPED} for each version row added or removed.
	 * @param targets one or more targets, none an ancestor of another
	 * @param purge whether to empty the version table first, even of revisions no file declares
	 * @return the version rows before and after
	 * @throws MigrationsException when a target is invalid, or (without {@code purge}) the database is at a revision
	 * no file declares
	 */
	public StampResult stamp(List<String> targets, boolean purge) {
		return new StampCommand(this.engine).run(targets, purge);
	}

	/**
	 * Stamps a database created before the migrations (it has tables but no version table) at a revision, without
	 * running it or its ancestors, like Flyway's {@code baselineOnMigrate}; logged at WARN with the tables found. A
	 * database whose version table includes the revision is left alone, as is an empty database (an upgrade then runs
	 * every revision); an empty version table with an empty history counts as none. Takes the migration lock.
	 * @param revision an id, unambiguous prefix or branch label, or {@code null} for the single base revision
	 * @return what was decided, the tables found and the version rows after
	 * @throws MigrationsException with {@link ErrorCode#BASELINE_REFUSED} when the version table exists without the
	 * revision, or {@link ErrorCode#AMBIGUOUS_REVISION} for {@code null} with several base revisions
	 */
	public BaselineResult baseline(@Nullable String revision) {
		return new BaselineCommand(this.engine).run(revision);
	}

	/**
	 * Writes a merge revision whose parents are the given revisions (each a head, or {@code heads}), and reloads the
	 * revisions. Needs no database.
	 * @param revisions the revisions to merge, as targets such as {@code heads} or {@code LABEL@head}
	 * @param message the merge revision's message
	 * @param revisionId the new id, or {@code null} for 12 random hexadecimal digits
	 * @param directory where to write the file
	 * @return the merge revision and its file
	 * @throws MigrationsException when fewer than two heads are named, one is not a head, or the id exists
	 */
	public CreatedRevision merge(List<String> revisions, String message, @Nullable String revisionId, Path directory) {
		return new NewRevisionCommand(this.engine).merge(revisions, message, revisionId, directory);
	}

	/**
	 * Writes a new revision file whose parent is the single head (or {@link NewRevision#head()}), and reloads the
	 * revisions.
	 * @param request what to create
	 * @return the new revision and its file
	 * @throws MigrationsException with {@link ErrorCode#MULTIPLE_HEADS} when there are several heads and no head was
	 * named, or when the named head is not a head and {@code splice} is off
	 */
	public CreatedRevision revision(NewRevision request) {
		return new NewRevisionCommand(this.engine).revision(request);
	}

	/**
	 * Returns the revisions in the version table: the database's current heads.
	 * @return the current revisions, empty for an empty database
	 */
	public List<String> current() {
		return new ReportCommand(this.engine).current();
	}

	/**
	 * Returns the heads of the revision files as Alembic's {@code heads} lists them: the revisions no revision
	 * revises, whatever depends on them. {@code history} marks these, {@code show head} and {@code revision} refuse
	 * when there are several.
	 * @return the head revision ids, sorted
	 */
	public List<String> heads() {
		return new HistoryCommand(this.engine).heads();
	}

	/**
	 * Returns the heads with dependencies resolved, as Alembic's {@code heads --resolve-dependencies}: the revisions
	 * nothing revises or depends on, which the target {@code heads} reaches and the version table holds after
	 * {@code upgrade heads}.
	 * @return the head revision ids, sorted
	 */
	public List<String> resolvedHeads() {
		return new HistoryCommand(this.engine).resolvedHeads();
	}

	/**
	 * Returns the revisions an upgrade to {@code heads} would apply, in the order it would apply them.
	 * @return the pending revisions
	 */
	public List<Revision> pending() {
		return new ReportCommand(this.engine).pending();
	}

	/**
	 * Returns every revision, newest first, marked as head, current and branch point where it is.
	 * @return the revisions
	 */
	public List<RevisionInfo> history() {
		return history(Range.ALL);
	}

	/**
	 * Returns the revisions of a range, newest first: the descendants of its start that are ancestors of its end.
	 * @param range the range, such as {@code Range.parse("base:current")}
	 * @return the revisions
	 */
	public List<RevisionInfo> history(Range range) {
		return new HistoryCommand(this.engine).history(range);
	}

	/**
	 * Returns one revision, as {@code history} shows it.
	 * @param revision a revision id or unambiguous prefix
	 * @return the revision
	 */
	public RevisionInfo show(String revision) {
		return new HistoryCommand(this.engine).show(revision);
	}

	/**
	 * Reports where the database stands: which database it is, its status against the revision files and the
	 * problems behind it, its current revisions, the heads, the pending revisions and the newest history rows. Reads
	 * the database without taking the lock and without creating the version tables.
	 * @param historyLimit the most history rows to return
	 * @return the report
	 */
	public MigrationsReport report(int historyLimit) {
		return new ReportCommand(this.engine).report(historyLimit);
	}

	/**
	 * Returns one revision in full: its header, file, checksum, every SQL section, and whether the database has it.
	 * @param revision a revision id or unambiguous prefix
	 * @return the revision
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION} or {@link ErrorCode#AMBIGUOUS_REVISION}
	 */
	public RevisionDetail revisionDetail(String revision) {
		return new ReportCommand(this.engine).revisionDetail(revision);
	}

	/**
	 * Returns the rows of the history table, newest first.
	 * @param limit the most rows to return
	 * @return the steps that ran on this database
	 */
	public List<HistoryRecord> historyRecords(int limit) {
		return new ReportCommand(this.engine).historyRecords(limit);
	}

	/**
	 * Reads the database's tables into the schema model: columns with portable types, keys, indexes, foreign keys,
	 * checks and comments, from the connection's current schema (where the revisions' unqualified SQL creates them),
	 * without the version and history tables. Reads without the lock; see {@code src/docs/operations.md} for what
	 * each database reports.
	 * @return the tables, in name order
	 * @throws MigrationsException with {@link ErrorCode#UNSUPPORTED_SCHEMA} for a table the model cannot represent,
	 * such as an SQLite {@code WITHOUT ROWID} table, or {@link ErrorCode#DATABASE_ERROR}
	 */
	public Schema schema() {
		return new InspectCommand(this.engine).run();
	}

	/**
	 * Checks, under the migration lock, that the database may be migrated: no failed non-transactional step waits to
	 * be resolved, and, unless checksum validation is off, no applied revision's file changed since it was applied.
	 * Every upgrade and downgrade makes the same checks first. A step recorded as started whose process died is
	 * marked failed on the way.
	 * @throws MigrationsException with {@link ErrorCode#UNRESOLVED_FAILURE}, {@link ErrorCode#CHECKSUM_MISMATCH} or
	 * {@link ErrorCode#UNKNOWN_DATABASE_REVISION}, each naming the revisions, files and the command that resolves it
	 */
	public void validate() {
		new AuditCommand(this.engine).validate();
	}

	/**
	 * Returns the non-transactional steps that failed or stopped part-way and were not resolved, oldest first. Read
	 * without the lock: a step another process is running right now shows as {@link Outcome#STARTED}.
	 * @return the last history row of each unresolved step
	 */
	public List<HistoryRecord> unresolvedFailures() {
		return new AuditCommand(this.engine).unresolvedFailures();
	}

	/**
	 * Returns the applied revisions whose files changed since they were applied, whatever
	 * {@link MigrationsBuilder#validateChecksums(boolean)} says.
	 * @return the mismatches, oldest first
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_DATABASE_REVISION} when the database is at a
	 * revision no file declares
	 */
	public List<ChecksumMismatch> checksumMismatches() {
		return new AuditCommand(this.engine).checksumMismatches();
	}

	/**
	 * Records how an operator resolved a failed non-transactional step, after repairing the database by hand; runs no
	 * SQL of the revision. {@link Resolution#APPLIED}: all of the revision's changes are in place, so the version rows
	 * move as the step would have moved them. {@link Resolution#NOT_APPLIED}: none of them are, so the next upgrade
	 * (or downgrade) runs the revision again.
	 * @param revision the failed revision's id, or an unambiguous prefix of it
	 * @param resolution what the operator found
	 * @return the version rows before and after; no steps
	 * @throws MigrationsException with {@link ErrorCode#NOTHING_TO_RESOLVE} when no failed step of that revision
	 * waits to be resolved
	 */
	public MigrationResult resolve(String revision, Resolution resolution) {
		return new ResolveCommand(this.engine).run(revision, resolution);
	}

	/**
	 * Accepts, on purpose, the edited files of applied revisions: their current checksums become the ones later runs
	 * check against. For edits that change nothing the database needs (comments, formatting); anything else belongs
	 * in a new revision. A named revision whose file is unchanged is skipped.
	 * @param revisions the revisions' ids or unambiguous prefixes
	 * @return the mismatches that were accepted
	 * @throws MigrationsException with {@link ErrorCode#NOTHING_TO_RESOLVE} when no revision is named or a named
	 * revision is not applied, or {@link ErrorCode#UNKNOWN_REVISION} for an unknown one
	 */
	public List<ChecksumMismatch> acceptChecksum(String... revisions) {
		return new AcceptChecksumCommand(this.engine).run(List.of(revisions));
	}

	/**
	 * Renders, without connecting to a database, the SQL an upgrade would run: {@code END} from an empty database,
	 * or {@code START:END} from the revision {@code START}.
	 * @param range {@code END} or {@code START:END}
	 * @param dialect the dialect to render for, such as {@code postgresql}
	 * @return the SQL script, transaction boundaries and version-table changes included
	 */
	public String upgradeSql(String range, String dialect) {
		return sql(Range.parseOrEnd(range), Direction.UPGRADE, dialect);
	}

	/**
	 * Renders, without connecting to a database, the SQL a downgrade from {@code START} to {@code END} would run.
	 * @param range {@code START:END}; the start is required, since no database says where it is
	 * @param dialect the dialect to render for, such as {@code postgresql}
	 * @return the SQL script
	 */
	public String downgradeSql(String range, String dialect) {
		return sql(Range.parseOrEnd(range), Direction.DOWNGRADE, dialect);
	}

	/**
	 * Renders, without connecting to a database, the SQL a migration over a range would run.
	 * @param range from where to where; an upgrade from {@code base} starts with the version tables' DDL
	 * @param direction upgrade or downgrade
	 * @param dialect the dialect to render for, such as {@code postgresql}
	 * @return the SQL script
	 */
	public String sql(Range range, Direction direction, String dialect) {
		return new OfflineSqlCommand(this.engine).render(range, direction, dialect);
	}

	/**
	 * Plans, without connecting to a database, the steps a migration over a range would run.
	 * @param range from where to where; the start may be {@code base}, a revision or {@code heads}
	 * @param direction upgrade or downgrade
	 * @return the steps, in the order they would run
	 */
	public List<Step> plan(Range range, Direction direction) {
		return new OfflineSqlCommand(this.engine).steps(range, direction);
	}

	/**
	 * Renders the SQL of a stamp without a connection, like {@code stamp --sql}.
	 * @param range {@code START:TARGET}, or {@code :TARGET} from base
	 * @param dialect the dialect to render for
	 * @return the SQL script
	 */
	public String stampSql(Range range, String dialect) {
		return new OfflineSqlCommand(this.engine).renderStamp(range, dialect);
	}

	/**
	 * Returns the imports from other tools: Flyway, Liquibase and {@code spring.sql.init} scripts.
	 * @return the imports, on this engine's database and settings
	 */
	public Imports imports() {
		return new Imports(this.engine);
	}

	/**
	 * Returns the commands that compare the schema model with the revisions: autogenerate and the offline check.
	 * @return the commands, on this engine's model, database and settings
	 */
	public Autogenerate autogenerate() {
		return new Autogenerate(this.engine);
	}

	/**
	 * Reports whether the database is exactly at the single head of the revisions and, with a schema model, whether
	 * the model and the migrated schema agree.
	 * @return the heads, the current revisions, what is pending, the problems and the model's differences
	 */
	public CheckResult check() {
		return new CheckCommand(this.engine).run();
	}

}
