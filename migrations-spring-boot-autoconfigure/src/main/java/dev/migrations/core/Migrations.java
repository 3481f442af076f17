package dev.migrations.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.dialect.MigrationLock;
import dev.migrations.core.dialect.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.core.revision.TargetResolver;
import dev.migrations.core.runtime.ChecksumMismatch;
import dev.migrations.core.runtime.DatabaseInfo;
import dev.migrations.core.runtime.HistoryAudit;
import dev.migrations.core.runtime.HistoryRecord;
import dev.migrations.core.runtime.MigrationListener;
import dev.migrations.core.runtime.OfflineScript;
import dev.migrations.core.runtime.Outcome;
import dev.migrations.core.runtime.Plan;
import dev.migrations.core.runtime.Planner;
import dev.migrations.core.runtime.Repairs;
import dev.migrations.core.runtime.Resolution;
import dev.migrations.core.runtime.StatusInspector;
import dev.migrations.core.runtime.StepExecutor;
import dev.migrations.core.runtime.StepResult;
import dev.migrations.core.runtime.VersionStore;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.Placeholders;
import dev.migrations.core.script.RevisionFileWriter;
import dev.migrations.core.script.RevisionScript;
import dev.migrations.core.script.ScriptDirectory;

/**
 * The facade of every command, like Alembic's {@code command} module: the command line, the startup runner and the
 * actuator endpoint all call these methods. Each command resolves its target, plans, and hands the plan to the
 * runtime. Revision files are read once, on first use.
 */
public final class Migrations {

	private static final Logger logger = LoggerFactory.getLogger(Migrations.class);

	private final DataSource dataSource;

	private final String name;

	private final MigrationsConfig config;

	private final List<Location> locations;

	private final @Nullable SqlIdentifier schema;

	private final Placeholders placeholders;

	private final SqlIdentifier versionTable;

	private final SqlIdentifier historyTable;

	private final MigrationListener listener;

	private final Clock clock;

	private final ClassLoader classLoader;

	private volatile @Nullable ScriptDirectory scripts;

	private Migrations(Builder builder) {
		this.dataSource = Objects.requireNonNull(builder.dataSource, "dataSource");
		this.name = Objects.requireNonNull(builder.name, "name");
		this.config = new MigrationsConfig(builder.locations, builder.schema, builder.versionTable,
				builder.historyTable, builder.lockTimeout, builder.transactionPerMigration, builder.validateChecksums,
				builder.placeholders, builder.revisionDirectory, builder.allowUnknownRevisions);
		this.locations = this.config.locations().stream().map(Location::parse).toList();
		this.schema = (this.config.schema() != null) ? SqlIdentifier.of(this.config.schema(), "schema") : null;
		this.versionTable = SqlIdentifier.of(this.config.versionTable(), "version table");
		this.historyTable = SqlIdentifier.of(this.config.historyTable(), "history table");
		this.placeholders = new Placeholders(this.config.placeholders());
		if (this.versionTable.name().equalsIgnoreCase(this.historyTable.name())) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "The version table and the history table"
					+ " are both named '" + this.versionTable.name() + "'; give them different names");
		}
		if (this.config.lockTimeout().isNegative()) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION,
					"The lock timeout must not be negative, but is " + this.config.lockTimeout());
		}
		this.listener = builder.listener.forDataSource(this.name);
		this.clock = builder.clock;
		this.classLoader = builder.classLoader;
	}

	/**
	 * Starts configuring an engine for a DataSource.
	 * @param dataSource the database to migrate
	 * @return a builder with every setting at its default
	 */
	public static Builder builder(DataSource dataSource) {
		return new Builder(dataSource);
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
	 * @return the name, {@value Builder#DEFAULT_NAME} unless the builder set another
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the settings this engine runs with.
	 * @return the settings
	 */
	public MigrationsConfig config() {
		return this.config;
	}

	/**
	 * Returns the database this engine migrates.
	 * @return the DataSource
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Applies exactly the revisions the target needs that are not applied yet, parents and dependencies first, in the
	 * graph's deterministic order. Upgrading one branch leaves the other branches' version rows alone; upgrading into
	 * a merge point collapses the rows it merges into one. Takes the migration lock, and creates the version tables on
	 * first use; a database already at the target, with a clean history, is only read, without the lock.
	 * @param target {@code heads}, {@code head}, {@code LABEL@head}, a revision, {@code +N}, {@code REV+N}... (see
	 * {@link Target})
	 * @return the steps that ran and the resulting version rows
	 * @throws MigrationsException when the target is invalid, a revision fails (which is rolled back), or the checks
	 * of {@link #validate()} fail
	 */
	public MigrationResult upgrade(String target) {
		return command("upgrade", target, () -> {
			Target parsed = Target.parse(target);
			LockedWork<MigrationResult> migration = migration((planner, rows) -> aheadOfTheCode(rows)
					? new Plan(rows, List.of(), rows) : planner.upgrade(rows, parsed));
			return withConnection((connection, dialect) -> {
				MigrationResult settled = alreadyAt(connection, dialect, parsed);
				return (settled != null) ? settled : locked(connection, dialect, migration);
			});
		});
	}

	// The check every service start pays, on the connection the upgrade then locks if it must migrate. A database already at the target, whose history records no failed or
	// unfinished step and no edited file, needs nothing but reading: no lock, no tables created. Anything else, an
	// invalid target included, takes the locked path, which waits for other processes and fails as it always did.
	// Another process's migration in progress shows as version rows below the target or a STARTED history row.
	private @Nullable MigrationResult alreadyAt(Connection connection, Dialect dialect, Target target)
			throws SQLException {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		VersionStore store = store(dialect);
		List<String> rows = store.rows(connection);
		Set<String> applied = reached(planner, rows, target);
		if (applied == null) {
			return null;
		}
		Map<String, String> checksums = store.finishedChecksums(connection);
		if (checksums == null || (this.config.validateChecksums()
				&& !HistoryAudit.ofFinishedSteps(checksums).checksumMismatches(applied, directory).isEmpty())) {
			return null;
		}
		MigrationResult result = new MigrationResult(rows, List.of(), rows);
		summarize(result, connection);
		return result;
	}

	// The applied revisions when the target is reached, else null; null too for what the locked path must report.
	private static @Nullable Set<String> reached(Planner planner, List<String> rows, Target target) {
		try {
			Set<String> applied = planner.applied(rows);
			return planner.reached(rows, applied, target) ? applied : null;
		}
		catch (MigrationsException ex) {
			return null;
		}
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
		return command("downgrade", target, () -> {
			Target parsed = Target.parse(target);
			return locked(migration((planner, rows) -> planner.downgrade(rows, parsed)));
		});
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
		return command("stamp", String.join(" ", targets), () -> {
			List<Target> parsed = targets.stream().map(Target::parse).toList();
			return locked((connection, store, executor, planner) -> {
				store.createIfMissing(connection);
				Plan plan = planner.stamp(store.rows(connection), parsed, purge);
				executor.stamp(connection, plan);
				return new StampResult(plan.before(), store.rows(connection));
			});
		});
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
		RevisionGraph graph = scripts().graph();
		List<String> heads = new TargetResolver(graph).revisions(revisions.stream().map(Target::parse).toList());
		return write(directory, graph.merge(heads, (revisionId != null) ? revisionId : Revision.randomId(), message));
	}

	/**
	 * Returns the revisions in the version table: the database's current heads.
	 * @return the current revisions, empty for an empty database
	 */
	public List<String> current() {
		return withConnection((connection, dialect) -> store(dialect).rows(connection));
	}

	/**
	 * Returns the heads of the revision files: the revisions nothing revises.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return scripts().graph().heads();
	}

	/**
	 * Returns the revisions an upgrade to {@code heads} would apply, in the order it would apply them.
	 * @return the pending revisions
	 */
	public List<Revision> pending() {
		List<String> rows = current();
		return aheadOfTheCode(rows) ? List.of() : new Planner(scripts().graph()).pending(rows);
	}

	/**
	 * Returns every revision, newest first, marked as head, current and branch point where it is.
	 * @return the revisions
	 */
	public List<RevisionInfo> history() {
		return history(null);
	}

	/**
	 * Returns the revisions of a range, newest first: {@code START:END}, where either side may be empty, {@code base},
	 * {@code heads}, {@code current} or a revision; the range holds the revisions that are descendants of START and
	 * ancestors of END, both included.
	 * @param range the range, or {@code null} for every revision
	 * @return the revisions
	 */
	public List<RevisionInfo> history(@Nullable String range) {
		ScriptDirectory directory = scripts();
		RevisionGraph graph = directory.graph();
		List<String> currentRows = current();
		Set<String> current = new HashSet<>(currentRows);
		Set<String> heads = new HashSet<>(graph.heads());
		Set<String> inRange = (range != null) ? range(graph, range, currentRows) : null;
		List<RevisionInfo> revisions = new ArrayList<>(graph.size());
		for (Revision revision : graph.revisions()) {
			if (inRange != null && !inRange.contains(revision.id())) {
				continue;
			}
			long children = graph.dependents(revision.id()).stream()
				.filter((child) -> graph.get(child).parents().contains(revision.id()))
				.count();
			revisions.add(new RevisionInfo(revision, directory.script(revision.id()).resource().description(),
					heads.contains(revision.id()), current.contains(revision.id()), children > 1));
		}
		Collections.reverse(revisions);
		return revisions;
	}

	/**
	 * Returns one revision, as {@code history} shows it.
	 * @param revision a revision id or unambiguous prefix
	 * @return the revision
	 */
	public RevisionInfo show(String revision) {
		String id = scripts().graph().resolve(revision).id();
		return history(id + ":" + id).get(0);
	}

	private static Set<String> range(RevisionGraph graph, String range, List<String> current) {
		int colon = range.indexOf(':');
		if (colon < 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET,
					"Invalid range '" + range + "': write START:END, either side may be empty");
		}
		Set<String> selected = new HashSet<>(graph.revisions().stream().map(Revision::id).toList());
		List<String> start = rangeEnd(graph, range.substring(0, colon).strip(), current, "base");
		List<String> end = rangeEnd(graph, range.substring(colon + 1).strip(), current, "heads");
		if (start != null) {
			selected.retainAll(graph.descendantsOrSelf(start));
		}
		if (end != null) {
			selected.retainAll(graph.ancestorsOrSelf(end));
		}
		return selected;
	}

	private static @Nullable List<String> rangeEnd(RevisionGraph graph, String text, List<String> current,
			String unbounded) {
		if (text.isEmpty() || text.equalsIgnoreCase(unbounded) || (unbounded.equals("heads") && text.equalsIgnoreCase("head"))) {
			return null;
		}
		if (text.equalsIgnoreCase("current")) {
			return current;
		}
		return List.of(graph.resolve(text).id());
	}

	/**
	 * Reports where the database stands: which database it is, its status against the revision files and the
	 * problems behind it, its current revisions, the heads, the pending revisions and the newest history rows. Reads
	 * the database without taking the lock and without creating the version tables.
	 * @param historyLimit the most history rows to return
	 * @return the report
	 */
	public MigrationsReport report(int historyLimit) {
		ScriptDirectory directory = scripts();
		RevisionGraph graph = directory.graph();
		return withConnection((connection, dialect) -> {
			VersionStore store = store(dialect);
			List<String> rows = store.rows(connection);
			List<HistoryRecord> history = store.history(connection, Integer.MAX_VALUE);
			StatusInspector.Inspection inspection = new StatusInspector(directory).inspect(rows, history);
			Set<String> heads = new HashSet<>(graph.heads());
			List<RevisionInfo> pending = inspection.pending().stream()
				.map((revision) -> new RevisionInfo(revision, directory.script(revision.id()).resource().description(),
						heads.contains(revision.id()), false, graph.isBranchPoint(revision.id())))
				.toList();
			return new MigrationsReport(this.name, DatabaseInfo.of(connection, dialect), inspection.status(),
					inspection.problems(), rows, graph.heads(), pending,
					history.subList(0, Math.min(Math.max(historyLimit, 0), history.size())));
		});
	}

	/**
	 * Returns one revision in full: its header, file, checksum, every SQL section, and whether the database has it.
	 * @param revision a revision id or unambiguous prefix
	 * @return the revision
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_REVISION} or {@link ErrorCode#AMBIGUOUS_REVISION}
	 */
	public RevisionDetail revisionDetail(String revision) {
		ScriptDirectory directory = scripts();
		RevisionGraph graph = directory.graph();
		Revision found = graph.resolve(revision);
		RevisionScript script = directory.script(found.id());
		List<String> rows = current();
		List<String> known = rows.stream().filter((row) -> graph.find(row).isPresent()).toList();
		boolean applied = graph.ancestorsOrSelf(known).contains(found.id());
		return new RevisionDetail(found, script.resource().description(), script.checksum(), script.transactional(),
				graph.heads().contains(found.id()), rows.contains(found.id()), applied,
				directory.parser().parse(script.resource(), script.resource().read()).sections());
	}

	/**
	 * Returns the rows of the history table, newest first.
	 * @param limit the most rows to return
	 * @return the steps that ran on this database
	 */
	public List<HistoryRecord> historyRecords(int limit) {
		return withConnection((connection, dialect) -> store(dialect).history(connection, limit));
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
		locked((connection, store, executor, planner) -> {
			check(connection, store, planner, store.rows(connection));
			return null;
		});
	}

	/**
	 * Returns the non-transactional steps that failed or stopped part-way and were not resolved, oldest first. Read
	 * without the lock: a step another process is running right now shows as {@link Outcome#STARTED}.
	 * @return the last history row of each unresolved step
	 */
	public List<HistoryRecord> unresolvedFailures() {
		return withConnection((connection, dialect) -> audit(connection, store(dialect), false).unresolvedFailures());
	}

	/**
	 * Returns the applied revisions whose files changed since they were applied, whatever
	 * {@link Builder#validateChecksums(boolean)} says.
	 * @return the mismatches, oldest first
	 * @throws MigrationsException with {@link ErrorCode#UNKNOWN_DATABASE_REVISION} when the database is at a
	 * revision no file declares
	 */
	public List<ChecksumMismatch> checksumMismatches() {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		return withConnection((connection, dialect) -> {
			VersionStore store = store(dialect);
			List<String> rows = store.rows(connection);
			return audit(connection, store, false).checksumMismatches(planner.applied(rows), directory);
		});
	}

	/**
	 * Records how an operator resolved a failed non-transactional step, after repairing the database by hand; runs no
	 * SQL of the revision. {@link Resolution#APPLIED}: all of the revision's changes are in place, so the version rows
	 * move as the step would have moved them. {@link Resolution#NOT_APPLIED}: none of them are, so the next upgrade
	 * (or downgrade) runs the revision again. The command line spells it
	 * {@code migrations resolve REV --applied|--not-applied}.
	 * @param revision the failed revision's id, or an unambiguous prefix of it
	 * @param resolution what the operator found
	 * @return the version rows before and after; no steps
	 * @throws MigrationsException with {@link ErrorCode#NOTHING_TO_RESOLVE} when no failed step of that revision
	 * waits to be resolved
	 */
	public MigrationResult resolve(String revision, Resolution resolution) {
		return command("resolve", revision + " " + resolution.flag(), () -> resolveLocked(revision, resolution));
	}

	private MigrationResult resolveLocked(String revision, Resolution resolution) {
		ScriptDirectory directory = scripts();
		return locked((connection, store, executor, planner) -> {
			List<String> before = store.rows(connection);
			List<HistoryRecord> failures = audit(connection, store, true).unresolvedFailures();
			List<HistoryRecord> matching = failures.stream()
				.filter((failure) -> failure.revision().equals(revision))
				.toList();
			if (matching.isEmpty() && !revision.isBlank()) {
				matching = failures.stream().filter((failure) -> failure.revision().startsWith(revision)).toList();
			}
			if (matching.size() != 1) {
				String waiting = failures.isEmpty() ? "no failed step waits to be resolved"
						: "the failed steps waiting are: " + String.join(", ",
								failures.stream().map(HistoryRecord::revision).toList());
				throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, (matching.isEmpty()
						? "No failed step of revision '" + revision + "' waits to be resolved"
						: "Revision prefix '" + revision + "' matches several failed steps") + "; " + waiting
						+ ". Run 'history' to see what ran");
			}
			new Repairs(store, directory, this.clock).resolve(connection, before, matching.get(0), resolution);
			return new MigrationResult(before, List.of(), store.rows(connection));
		});
	}

	/**
	 * Accepts, on purpose, the edited files of applied revisions: their current checksums become the ones later runs
	 * check against. For edits that change nothing the database needs (comments, formatting); anything else belongs
	 * in a new revision. A named revision whose file is unchanged is skipped. The command line spells it
	 * {@code migrations accept-checksum REV...}.
	 * @param revisions the revisions' ids or unambiguous prefixes
	 * @return the mismatches that were accepted
	 * @throws MigrationsException with {@link ErrorCode#NOTHING_TO_RESOLVE} when no revision is named or a named
	 * revision is not applied, or {@link ErrorCode#UNKNOWN_REVISION} for an unknown one
	 */
	public List<ChecksumMismatch> acceptChecksum(String... revisions) {
		return command("accept-checksum", String.join(" ", revisions), () -> acceptChecksumLocked(revisions));
	}

	private List<ChecksumMismatch> acceptChecksumLocked(String... revisions) {
		ScriptDirectory directory = scripts();
		List<String> ids = Arrays.stream(revisions).map((revision) -> directory.graph().resolve(revision).id()).toList();
		return locked((connection, store, executor, planner) -> {
			Set<String> applied = planner.applied(store.rows(connection));
			List<ChecksumMismatch> mismatches = audit(connection, store, true).checksumMismatches(applied, directory);
			if (ids.isEmpty()) {
				throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, "Name the revisions whose edited files to"
						+ " accept; edited now: " + (mismatches.isEmpty() ? "none" : String.join(" ",
								mismatches.stream().map(ChecksumMismatch::revision).toList())));
			}
			for (String id : ids) {
				if (!applied.contains(id)) {
					throw new MigrationsException(ErrorCode.NOTHING_TO_RESOLVE, "Revision '" + id + "' is not applied,"
							+ " so its file is not checked and may change freely until it is applied");
				}
			}
			Repairs repairs = new Repairs(store, directory, this.clock);
			List<ChecksumMismatch> accepted = mismatches.stream().filter((mismatch) -> ids.contains(mismatch.revision()))
				.toList();
			for (ChecksumMismatch mismatch : accepted) {
				repairs.acceptChecksum(connection, mismatch);
			}
			return accepted;
		});
	}

	/**
	 * Renders, without connecting to a database, the SQL an upgrade would run: {@code END} from an empty database,
	 * or {@code START:END} from the revision {@code START}.
	 * @param range {@code END} or {@code START:END}
	 * @param dialect the dialect to render for, such as {@code postgresql}
	 * @return the SQL script, transaction boundaries and version-table changes included
	 */
	public String upgradeSql(String range, String dialect) {
		return offline(range, dialect, false);
	}

	/**
	 * Renders, without connecting to a database, the SQL a downgrade from {@code START} to {@code END} would run.
	 * @param range {@code START:END}; the start is required, since no database says where it is
	 * @param dialect the dialect to render for, such as {@code postgresql}
	 * @return the SQL script
	 */
	public String downgradeSql(String range, String dialect) {
		return offline(range, dialect, true);
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
		RevisionGraph graph = scripts().graph();
		List<String> parents = parentsOfNewRevision(graph, request);
		Revision revision = newRevision(graph, request.revisionId(), parents, request.dependsOn(),
				request.branchLabels(), request.message());
		return write(request.directory(), revision);
	}

	/**
	 * Reports whether the database is exactly at the single head of the revisions.
	 * @return the heads, the current revisions, what is pending and the problems found
	 */
	public CheckResult check() {
		RevisionGraph graph = scripts().graph();
		List<String> current = current();
		List<Revision> pending = new Planner(graph).pending(current);
		List<String> problems = new ArrayList<>();
		if (graph.heads().size() > 1) {
			problems.add("The revisions have " + graph.heads().size() + " heads (" + String.join(", ", graph.heads())
					+ "); merge them with 'merge heads -m MESSAGE'");
		}
		if (!pending.isEmpty()) {
			problems.add(pending.size() + " revision(s) are not applied: " + String.join(", ",
					pending.stream().map(Revision::id).toList()) + "; run 'upgrade heads'");
		}
		problems.addAll(integrityProblems());
		return new CheckResult(graph.heads(), current, pending, problems);
	}

	private String offline(String range, String dialectName, boolean downgrade) {
		int colon = range.indexOf(':');
		if (downgrade && colon < 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET, "An offline downgrade needs 'START:END' (such as '"
					+ "a1b2c3:base'), since no database says where it starts");
		}
		ScriptDirectory directory = scripts();
		RevisionGraph graph = directory.graph();
		String start = (colon >= 0) ? range.substring(0, colon) : "base";
		Target end = Target.parse(range.substring(colon + 1));
		List<String> rows = start.equalsIgnoreCase("base") ? List.of() : List.of(graph.resolve(start).id());
		Planner planner = new Planner(graph);
		Plan plan = downgrade ? planner.downgrade(rows, end) : planner.upgrade(rows, end);
		Dialect dialect = Dialects.named(dialectName);
		VersionStore store = store(dialect);
		StepExecutor executor = new StepExecutor(dialect, store, directory, this.listener, this.clock);
		return new OfflineScript(dialect, store, directory).render(plan, !downgrade && rows.isEmpty(), executor);
	}

	private static List<String> parentsOfNewRevision(RevisionGraph graph, NewRevision request) {
		String head = request.head();
		if (head == null || head.equalsIgnoreCase("head")) {
			if (graph.heads().size() > 1) {
				throw new MigrationsException(ErrorCode.MULTIPLE_HEADS, "Multiple heads: " + String.join(", ",
						graph.heads()) + "; name the one to revise with --head, or merge them first with 'merge heads'");
			}
			return graph.heads();
		}
		List<String> parents = new TargetResolver(graph).revisions(List.of(Target.parse(head)));
		if (parents.size() > 1) {
			throw new MigrationsException(ErrorCode.MULTIPLE_HEADS, "--head " + head + " names " + parents.size()
					+ " revisions (" + String.join(", ", parents) + "); a new revision revises one, 'merge' joins several");
		}
		for (String parent : parents) {
			if (!graph.heads().contains(parent) && !request.splice()) {
				throw new MigrationsException(ErrorCode.MULTIPLE_HEADS, "Revision '" + parent
						+ "' is not a head; add --splice to start a new branch from it");
			}
		}
		return parents;
	}

	private Revision newRevision(RevisionGraph graph, @Nullable String requestedId, List<String> parents,
			List<String> dependsOn, List<String> branchLabels, String message) {
		String id = (requestedId != null) ? requestedId : Revision.randomId();
		if (graph.find(id).isPresent()) {
			throw new MigrationsException(ErrorCode.DUPLICATE_REVISION, "Revision '" + id + "' already exists in "
					+ graph.get(id).source() + "; choose another --rev-id");
		}
		for (String dependency : dependsOn) {
			graph.resolve(dependency);
		}
		return new Revision(id, parents, dependsOn, new LinkedHashSet<>(branchLabels), message, "new revision");
	}

	private CreatedRevision write(Path directory, Revision revision) {
		Path file = new RevisionFileWriter().write(directory, revision, LocalDateTime.now(this.clock));
		synchronized (this) {
			this.scripts = null;
		}
		logger.info("Generated {}", file);
		return new CreatedRevision(revision, file);
	}

	// Tells the listener a command runs, so meters and traces see it from its start to its end.
	private <T> T command(String command, String target, Supplier<T> work) {
		this.listener.commandStarted(command, target);
		try {
			T result = work.get();
			this.listener.commandFinished(command, null);
			return result;
		}
		catch (RuntimeException ex) {
			this.listener.commandFinished(command, ex);
			throw ex;
		}
	}

	private LockedWork<MigrationResult> migration(PlanFunction planning) {
		return (connection, store, executor, planner) -> {
			List<String> rows = store.rows(connection);
			check(connection, store, planner, rows);
			Plan plan = planning.plan(planner, rows);
			List<StepResult> steps = executor.execute(connection, plan);
			MigrationResult result = new MigrationResult(plan.before(), steps, store.rows(connection));
			summarize(result, connection);
			return result;
		};
	}

	private void check(Connection connection, VersionStore store, Planner planner, List<String> rows)
			throws SQLException {
		HistoryAudit audit = audit(connection, store, true);
		audit.requireNoUnresolvedFailures();
		if (this.config.validateChecksums()) {
			audit.requireMatchingChecksums(planner.applied(known(rows)), scripts());
		}
	}

	// With allowUnknownRevisions, the rows no file declares are left out of the checks, as out of the plan.
	private List<String> known(List<String> rows) {
		if (!this.config.allowUnknownRevisions()) {
			return rows;
		}
		RevisionGraph graph = scripts().graph();
		return rows.stream().filter((row) -> graph.find(row).isPresent()).toList();
	}

	// What check() adds to its problems: the conditions validate() enforces, read without the lock.
	private List<String> integrityProblems() {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		return withConnection((connection, dialect) -> {
			VersionStore store = store(dialect);
			HistoryAudit audit = audit(connection, store, false);
			List<String> problems = new ArrayList<>();
			problem(problems, audit::requireNoUnresolvedFailures);
			if (this.config.validateChecksums()) {
				Set<String> applied = planner.applied(store.rows(connection));
				problem(problems, () -> audit.requireMatchingChecksums(applied, directory));
			}
			return problems;
		});
	}

	private static void problem(List<String> problems, Runnable requirement) {
		try {
			requirement.run();
		}
		catch (MigrationsException ex) {
			problems.add(ex.getMessage());
		}
	}

	// Only the lock holder may mark started steps as failed: without the lock, another process may be running them.
	private static HistoryAudit audit(Connection connection, VersionStore store, boolean locked) throws SQLException {
		List<HistoryRecord> history = store.history(connection, Integer.MAX_VALUE);
		if (locked && history.stream().anyMatch((record) -> record.outcome() == Outcome.STARTED)) {
			int marked = store.markAbandoned(connection);
			logger.warn("Found {} step(s) started by a process that stopped before finishing them; marked them failed",
					marked);
			history = store.history(connection, Integer.MAX_VALUE);
		}
		return new HistoryAudit(history);
	}

	// Runs work holding the migration lock. The version tables are created by the first step that runs, or by the work.
	private <T> T locked(LockedWork<T> work) {
		return withConnection((connection, dialect) -> locked(connection, dialect, work));
	}

	private <T> T locked(Connection connection, Dialect dialect, LockedWork<T> work) throws SQLException {
		ScriptDirectory directory = scripts();
		Planner planner = new Planner(directory.graph());
		VersionStore store = store(dialect);
		String lockName = dialect.lockName(connection, this.schema, this.versionTable);
		Instant waiting = this.clock.instant();
		try (MigrationLock lock = dialect.lock(connection, lockName, this.config.lockTimeout())) {
			this.listener.lockAcquired(Duration.between(waiting, this.clock.instant()));
			StepExecutor executor = new StepExecutor(dialect, store, directory, this.listener, this.clock,
					this.config.transactionPerMigration());
			return work.run(connection, store, executor, planner);
		}
	}

	// With allowUnknownRevisions, a database migrated by newer code is left alone instead of failing the planner.
	private boolean aheadOfTheCode(List<String> rows) {
		if (!this.config.allowUnknownRevisions()) {
			return false;
		}
		RevisionGraph graph = scripts().graph();
		List<String> unknown = rows.stream().filter((row) -> graph.find(row).isEmpty()).toList();
		if (unknown.isEmpty()) {
			return false;
		}
		logger.warn("The database is at {}, which no revision file declares: the code is older than the database."
				+ " Leaving the database as it is, as unknown revisions are allowed", String.join(", ", unknown));
		return true;
	}

	private void summarize(MigrationResult result, Connection connection) throws SQLException {
		if (result.steps().isEmpty()) {
			logger.info("Nothing to do: the database is at {}", Plan.describe(result.current()));
		}
		else if (logger.isInfoEnabled()) {
			int count = result.steps().size();
			DatabaseInfo database = DatabaseInfo.of(connection, Dialects.of(connection));
			logger.info("Migrated '{}' ({}) from {} to {}: {} {} in {} ms", this.name, database.summary(),
					Plan.describe(result.before()), Plan.describe(result.current()), count,
					(count == 1) ? "revision" : "revisions", result.duration().toMillis());
		}
	}

	private ScriptDirectory scripts() {
		ScriptDirectory current = this.scripts;
		if (current == null) {
			synchronized (this) {
				current = this.scripts;
				if (current == null) {
					current = ScriptDirectory.load(this.locations, this.classLoader, Dialects.names(),
							this.placeholders);
					this.scripts = current;
				}
			}
		}
		return current;
	}

	private VersionStore store(Dialect dialect) {
		return new VersionStore(dialect, this.schema, this.versionTable, this.historyTable);
	}

	private <T> T withConnection(ConnectionWork<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			T result;
			try {
				result = work.run(connection, Dialects.of(connection));
			}
			catch (RuntimeException | SQLException ex) {
				// Restoring the connection may fail too (it may be broken): that must not hide the first failure.
				try {
					connection.setAutoCommit(autoCommit);
				}
				catch (SQLException restore) {
					ex.addSuppressed(restore);
				}
				throw ex;
			}
			connection.setAutoCommit(autoCommit);
			return result;
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Database error: " + ex.getMessage()
					+ " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	@FunctionalInterface
	private interface ConnectionWork<T> {

		T run(Connection connection, Dialect dialect) throws SQLException;

	}

	@FunctionalInterface
	private interface LockedWork<T> {

		T run(Connection connection, VersionStore store, StepExecutor executor, Planner planner) throws SQLException;

	}

	@FunctionalInterface
	private interface PlanFunction {

		Plan plan(Planner planner, List<String> rows);

	}

	/**
	 * Configures a {@link Migrations} engine; every setting starts at its {@link MigrationsConfig} default.
	 */
	public static final class Builder {

		/** The name of an engine whose builder set none: Spring Boot's name of the application's DataSource. */
		public static final String DEFAULT_NAME = "dataSource";

		private final DataSource dataSource;

		private String name = DEFAULT_NAME;

		private List<String> locations = List.of(MigrationsConfig.DEFAULT_LOCATION);

		private @Nullable String schema;

		private String versionTable = MigrationsConfig.DEFAULT_VERSION_TABLE;

		private String historyTable = MigrationsConfig.DEFAULT_HISTORY_TABLE;

		private Duration lockTimeout = MigrationsConfig.DEFAULT_LOCK_TIMEOUT;

		private boolean transactionPerMigration = MigrationsConfig.DEFAULT_TRANSACTION_PER_MIGRATION;

		private boolean validateChecksums = MigrationsConfig.DEFAULT_VALIDATE_CHECKSUMS;

		private Map<String, String> placeholders = Map.of();

		private String revisionDirectory = MigrationsConfig.DEFAULT_REVISION_DIRECTORY;

		private boolean allowUnknownRevisions = MigrationsConfig.DEFAULT_ALLOW_UNKNOWN_REVISIONS;

		private MigrationListener listener = MigrationListener.NONE;

		private Clock clock = Clock.systemUTC();

		private ClassLoader classLoader = Migrations.class.getClassLoader();

		private Builder(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		/**
		 * Sets the name of the DataSource, as logs, meters and the actuator endpoint show it: in a Spring application,
		 * its bean name.
		 * @param name the name
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = name;
			return this;
		}

		/**
		 * Sets where revision files live.
		 * @param locations {@code classpath:} or {@code filesystem:} locations
		 * @return this builder
		 */
		public Builder locations(List<String> locations) {
			this.locations = List.copyOf(locations);
			return this;
		}

		/**
		 * Sets the schema of the version tables.
		 * @param schema the schema, or {@code null} for the connection's default
		 * @return this builder
		 */
		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Sets the version table's name.
		 * @param versionTable the table name
		 * @return this builder
		 */
		public Builder versionTable(String versionTable) {
			this.versionTable = versionTable;
			return this;
		}

		/**
		 * Sets the history table's name.
		 * @param historyTable the table name
		 * @return this builder
		 */
		public Builder historyTable(String historyTable) {
			this.historyTable = historyTable;
			return this;
		}

		/**
		 * Sets how long to wait for another process's migration.
		 * @param lockTimeout the timeout
		 * @return this builder
		 */
		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		/**
		 * Sets whether each revision commits in its own transaction. With {@code false}, consecutive transactional
		 * revisions of one command commit together, so a failure rolls them all back; a non-transactional revision
		 * still runs on its own between them.
		 * @param transactionPerMigration {@code true} for one transaction per revision
		 * @return this builder
		 */
		public Builder transactionPerMigration(boolean transactionPerMigration) {
			this.transactionPerMigration = transactionPerMigration;
			return this;
		}

		/**
		 * Sets whether applied revisions whose files changed since they ran stop a migration.
		 * @param validateChecksums {@code true} to compare checksums
		 * @return this builder
		 */
		public Builder validateChecksums(boolean validateChecksums) {
			this.validateChecksums = validateChecksums;
			return this;
		}

		/**
		 * Sets the values substituted for {@code ${name}} in revision SQL.
		 * @param placeholders each name's value
		 * @return this builder
		 */
		public Builder placeholders(Map<String, String> placeholders) {
			this.placeholders = Map.copyOf(placeholders);
			return this;
		}

		/**
		 * Sets the directory the {@code revision} command writes new revision files to.
		 * @param revisionDirectory the directory, relative to the working directory or absolute
		 * @return this builder
		 */
		public Builder revisionDirectory(String revisionDirectory) {
			this.revisionDirectory = revisionDirectory;
			return this;
		}

		/**
		 * Sets whether a database at a revision the code does not know is left alone by {@code upgrade} (which then
		 * does nothing) and {@code pending} (which then returns nothing), instead of failing.
		 * @param allowUnknownRevisions {@code true} to tolerate a database migrated by newer code
		 * @return this builder
		 */
		public Builder allowUnknownRevisions(boolean allowUnknownRevisions) {
			this.allowUnknownRevisions = allowUnknownRevisions;
			return this;
		}

		/**
		 * Sets the listener that receives step events. The engine binds it to its name with
		 * {@link MigrationListener#forDataSource(String)}.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(MigrationListener listener) {
			this.listener = listener;
			return this;
		}

		/**
		 * Sets the clock that times steps.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Sets the class loader that classpath locations are read with.
		 * @param classLoader the class loader
		 * @return this builder
		 */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Checks the settings and creates the engine.
		 * @return the engine
		 * @throws MigrationsException with {@link ErrorCode#INVALID_CONFIGURATION} for an unacceptable setting
		 */
		public Migrations build() {
			return new Migrations(this);
		}

	}

}
