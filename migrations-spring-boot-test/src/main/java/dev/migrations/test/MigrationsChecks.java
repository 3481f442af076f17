package dev.migrations.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.schema.Schema;

/**
 * The checks of a project's revisions as JUnit dynamic tests, run in order against one database: the expected heads,
 * then for each revision from base up the stairway (upgrade one step, downgrade it, check that the downgrade left no
 * trace, upgrade again), then heads down to base and back up, the schema model (JPA entities or a declared schema,
 * where the engine has one) against the schema at the heads, and the offline SQL of every dialect in use. A failure
 * names the revision and carries the engine's message (file, statement, database error); once a step fails the later
 * steps are aborted, as the database is no longer where they expect it.
 */
public final class MigrationsChecks {

	private final Migrations migrations;

	private int heads = 1;

	private final Set<String> irreversible = new LinkedHashSet<>();

	private final Set<String> leavesTrace = new LinkedHashSet<>();

	private final Set<String> dialects = new LinkedHashSet<>();

	private boolean model = true;

	private @Nullable String failed;

	private MigrationsChecks(Migrations migrations) {
		this.migrations = migrations;
	}

	/**
	 * Creates the checks of an engine's revisions.
	 * @param migrations the engine, on a database the checks may empty
	 * @return the checks, with the defaults: one head, every revision reversible and traceless, offline SQL for the
	 * database's own dialect
	 */
	public static MigrationsChecks of(Migrations migrations) {
		return new MigrationsChecks(Objects.requireNonNull(migrations, "migrations"));
	}

	/**
	 * Declares how many heads the revisions have, for projects that keep independent branches.
	 * @param count the number of heads
	 * @return these checks
	 */
	public MigrationsChecks heads(int count) {
		this.heads = count;
		return this;
	}

	/**
	 * Declares revisions that cannot be downgraded: they are upgraded, never downgraded, and the checks below them
	 * that need a downgrade are left out (the full downgrade stops at the highest irreversible one).
	 * @param revisions the revision ids
	 * @return these checks
	 */
	public MigrationsChecks irreversible(String... revisions) {
		Collections.addAll(this.irreversible, revisions);
		return this;
	}

	/**
	 * Declares revisions whose downgrade is allowed to leave something behind (a kept audit table, say): they are
	 * still downgraded, but the schema is not compared.
	 * @param revisions the revision ids
	 * @return these checks
	 */
	public MigrationsChecks leavesTrace(String... revisions) {
		Collections.addAll(this.leavesTrace, revisions);
		return this;
	}

	/**
	 * Leaves out the comparison of the schema model with the schema at the heads, for a project whose model is not
	 * yet meant to match its revisions.
	 * @return these checks
	 */
	public MigrationsChecks withoutModel() {
		this.model = false;
		return this;
	}

	/**
	 * Sets the dialects whose offline SQL is rendered, such as {@code postgresql} and {@code sqlite} for a project
	 * that runs on both; the default is the database's own.
	 * @param names the dialect names
	 * @return these checks
	 */
	public MigrationsChecks offlineDialects(String... names) {
		Collections.addAll(this.dialects, names);
		return this;
	}

	/**
	 * Returns the checks as dynamic tests, for a {@code @TestFactory}.
	 * @return the tests, in the order they must run
	 */
	public Stream<DynamicNode> tests() {
		List<Revision> order = new ArrayList<>(this.migrations.history().stream().map(RevisionInfo::revision).toList());
		Collections.reverse(order);
		List<DynamicNode> nodes = new ArrayList<>();
		nodes.add(test("heads: " + this.heads, this::checkHeads));
		nodes.add(test("start at base", this::startAtBase));
		List<DynamicNode> stairway = new ArrayList<>();
		for (Revision revision : order) {
			stairway.add(stairwayStep(revision));
		}
		nodes.add(DynamicContainer.dynamicContainer("stairway", stairway));
		String floor = floor();
		nodes.add(test("downgrade heads to " + floor, () -> this.migrations.downgrade(floor)));
		nodes.add(test("upgrade " + floor + " to heads", () -> this.migrations.upgrade("heads")));
		if (this.model && this.migrations.autogenerate().hasModel()) {
			nodes.add(test("model matches the migrations", this::modelMatches));
		}
		List<DynamicNode> offline = new ArrayList<>();
		for (String dialect : offlineDialects()) {
			offline.add(test("offline SQL for " + dialect, () -> offlineSql(dialect)));
		}
		nodes.add(DynamicContainer.dynamicContainer("offline SQL", offline));
		return nodes.stream();
	}

	private DynamicNode stairwayStep(Revision revision) {
		String name = revision.id() + (revision.message().isBlank() ? "" : " (" + revision.message() + ")");
		boolean irreversible = this.irreversible.contains(revision.id());
		boolean compared = !irreversible && !this.leavesTrace.contains(revision.id());
		Schema[] before = new Schema[1];
		List<DynamicNode> steps = new ArrayList<>();
		steps.add(test("upgrade", () -> {
			if (compared) {
				before[0] = this.migrations.schema();
			}
			run(revision, "upgrade", () -> this.migrations.upgrade(revision.id()));
		}));
		if (irreversible) {
			return DynamicContainer.dynamicContainer(name + " [irreversible]", steps);
		}
		steps.add(test("downgrade", () -> run(revision, "downgrade", () -> this.migrations.downgrade(revision.id() + "-1"))));
		if (compared) {
			steps.add(test("downgrade leaves no trace", () -> {
				List<String> differences = SchemaDiff.between(before[0], this.migrations.schema());
				if (!differences.isEmpty()) {
					throw new AssertionFailedError("Revision " + revision.id() + " (" + revision.source()
							+ "): its downgrade does not undo its upgrade: " + String.join("; ", differences)
							+ ". Fix the downgrade section, or declare leavesTrace(\"" + revision.id() + "\")");
				}
			}));
		}
		steps.add(test("upgrade again", () -> run(revision, "upgrade again", () -> this.migrations.upgrade(revision.id()))));
		return DynamicContainer.dynamicContainer(name, steps);
	}

	private void checkHeads() {
		List<String> found = this.migrations.resolvedHeads();
		if (found.size() != this.heads) {
			throw new AssertionFailedError("Expected " + this.heads + " head(s) but the revisions have " + found.size()
					+ ": " + String.join(", ", found) + (found.size() > this.heads
							? ". Join them with 'migrations merge heads -m \"merge\"', or declare heads(" + found.size() + ")"
							: ""));
		}
	}

	private void startAtBase() {
		List<String> current = this.migrations.current();
		if (current.isEmpty()) {
			return;
		}
		try {
			this.migrations.downgrade("base");
		}
		catch (RuntimeException ex) {
			throw new AssertionFailedError("The stairway starts from an empty database, but this one is at "
					+ String.join(", ", current) + " and cannot be downgraded to base (" + ex.getMessage()
					+ "); run the checks on a fresh database", ex);
		}
	}

	// The lowest the database can go back to: base, or the highest revision declared irreversible.
	private String floor() {
		return this.migrations.history().stream()
			.map((info) -> info.revision().id())
			.filter(this.irreversible::contains)
			.findFirst()
			.orElse("base");
	}

	private void modelMatches() {
		List<String> differences = this.migrations.autogenerate().differences();
		if (!differences.isEmpty()) {
			throw new AssertionFailedError("The schema model and the schema the revisions make differ: "
					+ String.join("; ", differences) + ". Write the missing revision with 'migrations revision"
					+ " --autogenerate -m \"...\"' and review it, or declare withoutModel()");
		}
	}

	private void offlineSql(String dialect) {
		this.migrations.upgradeSql("base:heads", dialect);
		if (this.irreversible.isEmpty()) {
			this.migrations.downgradeSql("heads:base", dialect);
		}
	}

	private Set<String> offlineDialects() {
		return this.dialects.isEmpty() ? Set.of(this.migrations.report(0).database().dialect()) : this.dialects;
	}

	private void run(Revision revision, String step, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			throw new AssertionFailedError("Revision " + revision.id() + " (" + revision.source() + "): " + step
					+ " failed: " + ex.getMessage(), ex);
		}
	}

	// Every test after a failed one is aborted: the database is not where it expects.
	private DynamicTest test(String name, Executable body) {
		return DynamicTest.dynamicTest(name, () -> {
			if (this.failed != null) {
				throw new TestAbortedException("Not run: '" + this.failed + "' failed first");
			}
			try {
				body.execute();
			}
			catch (Throwable ex) {
				this.failed = name;
				throw ex;
			}
		});
	}

}
