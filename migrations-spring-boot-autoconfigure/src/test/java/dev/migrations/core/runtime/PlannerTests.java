package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.testsupport.Graphs.Named;

import static dev.migrations.core.error.ErrorCode.AMBIGUOUS_REVISION;
import static dev.migrations.core.error.ErrorCode.CROSS_BRANCH_DOWNGRADE;
import static dev.migrations.core.error.ErrorCode.INVALID_TARGET;
import static dev.migrations.core.error.ErrorCode.MULTIPLE_HEADS;
import static dev.migrations.core.error.ErrorCode.NOT_AN_ANCESTOR;
import static dev.migrations.core.error.ErrorCode.UNKNOWN_DATABASE_REVISION;
import static dev.migrations.core.error.ErrorCode.UNKNOWN_REVISION;
import static dev.migrations.testsupport.GraphFixtures.BRANCHED;
import static dev.migrations.testsupport.GraphFixtures.BRANCH_FROM_MERGE;
import static dev.migrations.testsupport.GraphFixtures.CRISSCROSS;
import static dev.migrations.testsupport.GraphFixtures.CROSS;
import static dev.migrations.testsupport.GraphFixtures.DEPENDS;
import static dev.migrations.testsupport.GraphFixtures.DEPENDS_ON_LABEL;
import static dev.migrations.testsupport.GraphFixtures.DIAMOND;
import static dev.migrations.testsupport.GraphFixtures.EFFECTIVE_HEAD;
import static dev.migrations.testsupport.GraphFixtures.FOREST;
import static dev.migrations.testsupport.GraphFixtures.KABOOM;
import static dev.migrations.testsupport.GraphFixtures.LABELLED;
import static dev.migrations.testsupport.GraphFixtures.LINEAR;
import static dev.migrations.testsupport.GraphFixtures.MERGED;
import static dev.migrations.testsupport.GraphFixtures.MERGE_OF_DEPENDENCY;
import static dev.migrations.testsupport.GraphFixtures.NOT_QUITE_TWIN;
import static dev.migrations.testsupport.GraphFixtures.OWN_PARENT;
import static dev.migrations.testsupport.GraphFixtures.REPEATED_DEPENDENCY;
import static dev.migrations.testsupport.GraphFixtures.THREE_WAY;
import static dev.migrations.testsupport.GraphFixtures.TWIN_MERGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The planner's behaviour as a table, in the spirit of Alembic's {@code test_version_traversal.py}: a graph literal
 * (from {@link dev.migrations.testsupport.GraphFixtures}), the version rows the database starts at, a command, then
 * the exact steps and resulting rows, or the error code. Every plan is also replayed step by step to check that each
 * step's row changes apply cleanly and leave exactly the applied revisions no other applied revision needs.
 */
class PlannerTests {

	static Stream<Scenario> scenarios() {
		return Stream.of(
				// linear history
				on(LINEAR).at().upgrade("heads").runs("+a +b +c +d +e").leaves("e"),
				on(LINEAR).at("c").upgrade("e").runs("+d +e").leaves("e"),
				on(LINEAR).at("a").upgrade("+2").runs("+b +c").leaves("c"),
				on(LINEAR).at("a").upgrade("b+2").runs("+b +c +d").leaves("d"),
				on(LINEAR).at("a").upgrade("d-2").runs("+b").leaves("b"),
				on(LINEAR).at("b").upgrade("+5")
					.fails(INVALID_TARGET, "needs 5 revision(s) above b but there are only 3"),
				on(LINEAR).at("b").upgrade("-2").fails(INVALID_TARGET, "use 'downgrade -2'"),
				on(LINEAR).at("c").upgrade("a").runs("").leaves("c"),
				on(LINEAR).at("e").downgrade("c").runs("-e -d").leaves("c").trace("d", "c"),
				on(LINEAR).at("c").downgrade("base").runs("-c -b -a").leaves(),
				on(LINEAR).at("c").downgrade("-1").runs("-c").leaves("b"),
				on(LINEAR).at("e").downgrade("-3").runs("-e -d -c").leaves("b"),
				on(LINEAR).at("d").downgrade("a+2").runs("-d").leaves("c"),
				on(LINEAR).at("d").downgrade("c-2").runs("-d -c -b").leaves("a"),
				on(LINEAR).at("b").downgrade("-5")
					.fails(INVALID_TARGET, "needs 5 revision(s) below b but there are only 2"),
				on(LINEAR).at("b").downgrade("+2").fails(INVALID_TARGET, "use 'upgrade +2'"),
				on(LINEAR).at("b").downgrade("c").fails(NOT_AN_ANCESTOR, "Revision 'c' ('c') is not applied"),
				on(LINEAR).at().downgrade("b").fails(NOT_AN_ANCESTOR),
				on(LINEAR).at("a").downgrade("a").runs("").leaves("a"),
				on(LINEAR).at("e").downgrade("e").runs("").leaves("e"),
				on(LINEAR).at().downgrade("base").runs("").leaves(),
				on(LINEAR).at("d").stamp("base").leaves(),
				on(LINEAR).at("b").stamp("d").leaves("d"),
				on(LINEAR).at("zzz").upgrade("heads").fails(UNKNOWN_DATABASE_REVISION, "stamp --purge"),
				on(LINEAR).at("zzz").stamp("zzz").fails(UNKNOWN_DATABASE_REVISION),
				on(LINEAR).at("zzz").stampPurge("c").leaves("c"),
				on(LINEAR).at().upgrade("head+1").fails(INVALID_TARGET),
				on(LINEAR).at().upgrade("x@@y").fails(INVALID_TARGET),
				on(LINEAR).at().upgrade("+0").fails(INVALID_TARGET, "at least 1"),

				// two labelled branches from one trunk
				on(BRANCHED).at().upgrade("heads").runs("+a +b +c1 +d1 +c2 +d2").leaves("d1", "d2")
					.trace("a", "b", "c1", "d1", "d1 c2", "d1 d2"),
				on(BRANCHED).at("b").upgrade("d1").runs("+c1 +d1").leaves("d1"),
				on(BRANCHED).at("a").upgrade("heads").runs("+b +c1 +d1 +c2 +d2").leaves("d1", "d2"),
				on(BRANCHED).at("a").upgrade("c1branch").runs("+b +c1").leaves("c1"),
				on(BRANCHED).at("d2").upgrade("c1branch@head").runs("+c1 +d1").leaves("d1", "d2"),
				on(BRANCHED).at("d1", "d2").upgrade("head").fails(MULTIPLE_HEADS, "'c1branch@head', 'c2branch@head'"),
				on(BRANCHED).at("d1", "d2").upgrade("c1branch@heads").runs("").leaves("d1", "d2"),
				on(BRANCHED).at("c1").upgrade("c2branch@+1").runs("+c2").leaves("c1", "c2"),
				on(BRANCHED).at("c1", "c2").upgrade("c2branch@+1").runs("+d2").leaves("c1", "d2"),
				on(BRANCHED).at("c1", "c2").upgrade("+1").fails(MULTIPLE_HEADS, "'c1+1'"),
				on(BRANCHED).at("b").upgrade("+2").fails(AMBIGUOUS_REVISION, "'b' is a branch point (c1, c2)"),
				on(BRANCHED).at("b").upgrade("c2branch@head-1").runs("+c2").leaves("c2"),
				on(BRANCHED).at().upgrade("base+1").runs("+a").leaves("a"),
				on(BRANCHED).at().upgrade("+1").runs("+a").leaves("a"),
				on(BRANCHED).at("d1", "d2").downgrade("a").runs("-d2 -c2 -d1 -c1 -b").leaves("a")
					.trace("d1 c2", "d1", "c1", "b", "a"),
				on(BRANCHED).at("d1", "d2").downgrade("base+2").runs("-d2 -c2 -d1 -c1").leaves("b"),
				on(BRANCHED).at("d1", "d2").downgrade("c2branch@base+2").runs("-d2 -c2").leaves("d1"),
				on(BRANCHED).at("d1", "d2").downgrade("c2branch@base+3").runs("-d2").leaves("d1", "c2"),
				on(BRANCHED).at("d1", "d2").downgrade("c2").runs("-d2").leaves("d1", "c2"),
				on(BRANCHED).at("d1", "d2").downgrade("-1").fails(MULTIPLE_HEADS, "'d1-1'"),
				on(BRANCHED).at("d1", "d2").downgrade("c1branch@-1").runs("-d1").leaves("c1", "d2"),
				on(BRANCHED).at("c1", "d2").downgrade("d2-1").runs("-d2").leaves("c1", "c2"),
				// REV-N reverts the revisions it walks over, where Alembic reverts every child of where it lands
				on(BRANCHED).at("c1", "c2").downgrade("c1-1").runs("-c1").leaves("c2"),
				on(BRANCHED).at("c1", "d2").downgrade("c1branch@b").runs("-c1").leaves("d2"),
				on(BRANCHED).at("c1", "d2").downgrade("c2branch@b").runs("-d2 -c2").leaves("c1"),
				on(BRANCHED).at("d1", "d2").downgrade("c2@b").runs("-d2 -c2").leaves("d1"),
				on(BRANCHED).at("d1", "d2").downgrade("d1@b").runs("-d1 -c1").leaves("d2"),
				on(BRANCHED).at("d1", "d2").downgrade("c1branch@head-1").runs("-d1").leaves("c1", "d2"),
				on(BRANCHED).at("d1", "c2").downgrade("c2").runs("").leaves("d1", "c2"),
				on(BRANCHED).at("d1", "c2").downgrade("d1").runs("").leaves("d1", "c2"),
				on(BRANCHED).at("a").downgrade("-1").runs("-a").leaves(),
				on(BRANCHED).at().downgrade("-1").fails(INVALID_TARGET, "nothing is applied"),
				// where Alembic reverts the shared trunk and the other branch, a branch downgrade stays on its branch
				on(BRANCHED).at("d1", "d2").downgrade("c1branch@base").runs("-d1 -c1").leaves("d2"),
				on(BRANCHED).at("d1", "d2").downgrade("c1branch@a").fails(CROSS_BRANCH_DOWNGRADE, "c2, d2"),
				on(BRANCHED).at("d1", "d2").downgrade("d1@-4").fails(CROSS_BRANCH_DOWNGRADE, "c2, d2"),
				on(BRANCHED).at("d1").downgrade("c1branch@a").runs("-d1 -c1 -b").leaves("a"),
				on(BRANCHED).at("d1").downgrade("-4").runs("-d1 -c1 -b -a").leaves(),
				on(BRANCHED).at("d1", "d2").downgrade("base").runs("-d2 -c2 -d1 -c1 -b -a").leaves(),
				on(BRANCHED).at("b").downgrade("c1").fails(NOT_AN_ANCESTOR),
				on(BRANCHED).at("d1", "c2").stamp("b").leaves("b"),
				on(BRANCHED).at("d1", "c2").stamp("c1branch@base").leaves("c2"),
				on(BRANCHED).at("d1", "c2").stamp("c2branch@head").leaves("d1", "d2"),
				on(BRANCHED).at("d1", "d2").stamp("c1branch@b").leaves("d2"),
				on(BRANCHED).at("d1", "d2").stamp("base").leaves(),
				on(BRANCHED).at().stamp("heads").leaves("d1", "d2"),
				on(BRANCHED).at("d1").stamp("c1", "d2").leaves("c1", "d2"),
				on(BRANCHED).at("d1").stamp("-1").leaves("c1"),
				on(BRANCHED).at().stamp("a", "c1").fails(INVALID_TARGET, "'c1' already implies 'a'"),
				on(BRANCHED).at("d1").stamp().fails(INVALID_TARGET, "at least one target"),
				on(BRANCHED).at("d1", "d2").stampPurge("c1").leaves("c1"),

				// a merge point
				on(MERGED).at("b").upgrade("f").runs("+c1 +d1 +c2 +d2 +e +f").leaves("f")
					.trace("c1", "d1", "d1 c2", "d1 d2", "e", "f"),
				on(MERGED).at("f").downgrade("b").runs("-f -e -d2 -c2 -d1 -c1").leaves("b")
					.trace("e", "d1 d2", "d1 c2", "d1", "c1", "b"),
				on(MERGED).at("f").downgrade("-1").runs("-f").leaves("e"),
				on(MERGED).at("f").downgrade("-2").runs("-f -e").leaves("d1", "d2"),
				on(MERGED).at("f").downgrade("-3").fails(AMBIGUOUS_REVISION, "'e' is a merge point (d1, d2)"),
				on(MERGED).at("f").upgrade("e-1").runs("").leaves("f"),
				on(MERGED).at().upgrade("e-1").runs("+a +b +c1 +d1 +c2 +d2").leaves("d1", "d2"),
				on(MERGED).at("f").stamp("-2").leaves("d1", "d2"),
				on(MERGED).at("f").downgrade("c2branch@-3").runs("-f -e -d2").leaves("d1", "c2")
					.trace("e", "d1 d2", "d1 c2"),
				on(MERGED).at("f").downgrade("c2branch@base").runs("-f -e -d2 -c2").leaves("d1"),
				on(MERGED).at("d1", "d2").upgrade("+1").fails(MULTIPLE_HEADS),
				on(MERGED).at("f").upgrade("head").runs("").leaves("f"),
				on(MERGED).at("e").stamp("c2").leaves("c2"),
				on(MERGED).at("e").stamp("a").leaves("a"),
				on(MERGED).at("c2").stamp("e").leaves("e"),
				on(MERGED).at("d1", "c2").stamp("c2branch@head").leaves("f"),
				on(MERGED).at("d1", "c2").stamp("e").leaves("e"),
				on(MERGED).at("b").stamp("e").leaves("e"),

				// a diamond
				on(DIAMOND).at().upgrade("d").runs("+a +b1 +b2 +c +d").leaves("d").trace("a", "b1", "b1 b2", "c", "d"),
				on(DIAMOND).at("d").downgrade("a").runs("-d -c -b2 -b1").leaves("a").trace("c", "b1 b2", "b1", "a"),
				on(DIAMOND).at("b1").upgrade("c").runs("+b2 +c").leaves("c"),
				on(DIAMOND).at("d").downgrade("b1").runs("-d -c").leaves("b1", "b2"),
				on(DIAMOND).at("d").downgrade("b1@a").runs("-d -c -b1").leaves("b2"),
				on(DIAMOND).at("c").upgrade("+1").runs("+d").leaves("d"),
				on(DIAMOND).at("a").upgrade("+1").fails(AMBIGUOUS_REVISION, "(b1, b2)"),

				// several bases
				on(FOREST).at().upgrade("heads").runs("+a1 +b1 +a2 +b2").leaves("b1", "b2"),
				on(FOREST).at().upgrade("+1").fails(AMBIGUOUS_REVISION, "several bases"),
				on(FOREST).at("b1").upgrade("b2").runs("+a2 +b2").leaves("b1", "b2"),
				on(FOREST).at("b1", "b2").downgrade("a1").runs("-b1").leaves("a1", "b2"),
				on(FOREST).at("b1", "b2").downgrade("base").runs("-b2 -a2 -b1 -a1").leaves(),
				on(FOREST).at().stamp("heads").leaves("b1", "b2"),
				on(FOREST).at("b1", "b2").stamp("heads").leaves("b1", "b2"),

				// branching off merge points
				on(BRANCH_FROM_MERGE).at("d2", "b1").upgrade("d1").runs("+c1 +d1").leaves("d2", "d1"),
				on(BRANCH_FROM_MERGE).at("d2", "d1").downgrade("b1").runs("-d1 -c1").leaves("d2", "b1"),
				on(THREE_WAY).at("d3", "b2", "b1").upgrade("d1").runs("+c1 +c2 +d1").leaves("d3", "d1")
					.trace("d3 b2 c1", "d3 c1 c2", "d3 d1"),
				on(THREE_WAY).at("d3", "d1").upgrade("d2").runs("+d2").leaves("d3", "d2", "d1"),
				on(THREE_WAY).at("d3", "d2", "d1").downgrade("b1").runs("-d1 -c1").leaves("d3", "d2", "b1"),
				on(TWIN_MERGE).at("a").upgrade("heads").runs("+b1 +b2 +b3 +c1 +d1 +c2 +d2").leaves("d1", "d2")
					.trace("b1", "b1 b2", "b1 b2 b3", "c1", "d1", "d1 c2", "d1 d2"),
				on(TWIN_MERGE).at("d1", "d2").downgrade("a").runs("-d2 -c2 -d1 -c1 -b3 -b2 -b1").leaves("a")
					.trace("d1 c2", "d1", "c1", "b1 b2 b3", "b1 b2", "b1", "a"),
				on(NOT_QUITE_TWIN).at("a").upgrade("heads").runs("+b1 +b2 +c1 +d1 +b3 +c2 +d2").leaves("d1", "d2")
					.trace("b1", "b1 b2", "c1", "d1", "d1 b3", "d1 c2", "d1 d2"),

				// dependencies: implied revisions are not stored
				on(DEPENDS).at().upgrade("c2").runs("+a2 +b2 +a1 +b1 +c1 +c2").leaves("c2")
					.trace("a2", "b2", "b2 a1", "b2 b1", "b2 c1", "c2"),
				on(DEPENDS).at("b2", "c1").upgrade("c2").runs("+c2").leaves("c2"),
				on(DEPENDS).at("c2").upgrade("f1").runs("+d1 +e1 +f1").leaves("c2", "f1")
					.trace("c2 d1", "c2 e1", "c2 f1"),
				on(DEPENDS).at("c2", "d1").downgrade("c1").runs("-d1").leaves("c2"),
				on(DEPENDS).at("c2").downgrade("-1").runs("-c2").leaves("b2", "c1"),
				on(DEPENDS).at("c2").downgrade("base").runs("-c2 -c1 -b1 -a1 -b2 -a2").leaves()
					.trace("b2 c1", "b2 b1", "b2 a1", "b2", "a2", ""),
				on(DEPENDS).at("c2", "f1").downgrade("b1").runs("-f1 -e1 -d1 -c2 -c1").leaves("b2", "b1")
					.trace("c2 e1", "c2 d1", "c2", "b2 c1", "b2 b1"),
				on(DEPENDS).at("c2", "f1").downgrade("lib1@c1").runs("-f1 -e1 -d1").leaves("c2"),
				on(DEPENDS).at("c2", "f1").downgrade("lib1@base").fails(CROSS_BRANCH_DOWNGRADE, "c2"),
				on(DEPENDS).at("e1", "c2").stamp("b1").leaves("b1"),
				on(DEPENDS_ON_LABEL).at("a2").upgrade("c2").runs("+b2 +a1 +b1 +c1 +c2").leaves("c2"),
				on(KABOOM).at("amerge", "bmerge", "cmerge", "d1").downgrade("b2").runs("-bmerge")
					.leaves("amerge", "b1", "cmerge", "d1"),
				on(KABOOM).at("amerge", "d1", "b1", "cmerge").downgrade("d1@base").runs("-d1")
					.leaves("amerge", "b1", "b2", "cmerge"),
				on(KABOOM).at("amerge", "b1", "b2", "cmerge").downgrade("base")
					.runs("-cmerge -c3 -c2 -c1 -b2 -b1 -amerge -a3 -a2 -a1").leaves(),
				on(CRISSCROSS).at("a3", "b2").downgrade("b1").runs("-b2").leaves("a3"),
				on(OWN_PARENT).at().upgrade("a2").runs("+a1 +a2").leaves("a2"),
				on(OWN_PARENT).at("a2").downgrade("a1").runs("-a2").leaves("a1"),
				on(REPEATED_DEPENDENCY).at("b4").downgrade("b3").runs("-b4").leaves("b3"),
				on(MERGE_OF_DEPENDENCY).at("a1").upgrade("b1").runs("+b1").leaves("b1"),
				on(MERGE_OF_DEPENDENCY).at("b1").upgrade("bmerge").runs("+bmerge").leaves("bmerge"),
				on(MERGE_OF_DEPENDENCY).at("bmerge").downgrade("a1").runs("-bmerge").leaves("b1"),
				on(MERGE_OF_DEPENDENCY).at("bmerge").downgrade("b1").runs("-bmerge").leaves("b1"),
				on(EFFECTIVE_HEAD).at("x2", "y2").downgrade("x@-1").runs("-x2").leaves("y2"),
				// Alembic reverts y2 of branch y here; a branch downgrade refuses to
				on(EFFECTIVE_HEAD).at("y2").downgrade("x@-1").fails(CROSS_BRANCH_DOWNGRADE, "y2"),
				on(CROSS).at("d1", "d2").downgrade("c2branch@b").runs("-d2 -c2").leaves("d1"),
				on(CROSS).at("d1", "d2").downgrade("c1branch@b").fails(CROSS_BRANCH_DOWNGRADE, "d2"),
				on(CROSS).at("d1", "d2").downgrade("b").runs("-d2 -c2 -d1 -c1").leaves("b"),

				// labels, prefixes and resolution errors
				on(LABELLED).at().upgrade("ebranch@head").runs("+d +e +someothername +f").leaves("f"),
				on(LABELLED).at().upgrade("abranch@head").runs("+a +b +somelongername +c").leaves("c"),
				on(LABELLED).at().upgrade("ebranch@some").runs("+d +e +someothername").leaves("someothername"),
				on(LABELLED).at().upgrade("some").fails(AMBIGUOUS_REVISION, "somelongername, someothername"),
				on(LABELLED).at().upgrade("somel").runs("+a +b +somelongername").leaves("somelongername"),
				on(LABELLED).at().upgrade("ebranch@b").fails(NOT_AN_ANCESTOR, "not on branch 'ebranch'"),
				on(LABELLED).at().upgrade("ebranch@d").runs("+d").leaves("d"),
				on(LABELLED).at().upgrade("ebranch").runs("+d +e").leaves("e"),
				on(LABELLED).at().upgrade("ebranch@+2").runs("+d +e").leaves("e"),
				on(LABELLED).at("c", "f").downgrade("ebranch@-2").runs("-f -someothername").leaves("c", "e"),
				on(LABELLED).at("c", "f").downgrade("ebranch@base").runs("-f -someothername -e -d").leaves("c"),
				on(LABELLED).at("c", "f").downgrade("x@d").fails(UNKNOWN_REVISION, "'x'"),
				on(LABELLED).at().upgrade("qprstuv").fails(UNKNOWN_REVISION, "No revision or branch label matches"),
				on(LABELLED).at("c", "f").upgrade("head").fails(MULTIPLE_HEADS, "'abranch@head', 'ebranch@head'"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void plans(Scenario scenario) {
		scenario.verify();
	}

	static Scenario on(Named graph) {
		return new Scenario(graph);
	}

	/** One row of the table: a graph, the starting rows, a command, and what it must do. */
	static final class Scenario {

		private final Named graph;

		private List<String> rows = List.of();

		private String command = "";

		private List<String> targets = List.of();

		private String steps = "";

		private List<String> after = List.of();

		private @Nullable List<String> trace;

		private @Nullable ErrorCode error;

		private String message = "";

		Scenario(Named graph) {
			this.graph = graph;
		}

		Scenario at(String... rows) {
			this.rows = List.of(rows);
			return this;
		}

		Scenario upgrade(String target) {
			return command("upgrade", target);
		}

		Scenario downgrade(String target) {
			return command("downgrade", target);
		}

		Scenario stamp(String... targets) {
			return command("stamp", targets);
		}

		Scenario stampPurge(String... targets) {
			return command("stamp --purge", targets);
		}

		Scenario runs(String steps) {
			this.steps = steps;
			return this;
		}

		Scenario leaves(String... rows) {
			this.after = List.of(rows);
			return this;
		}

		Scenario trace(String... rowsAfterEachStep) {
			this.trace = List.of(rowsAfterEachStep);
			return this;
		}

		Scenario fails(ErrorCode error) {
			return fails(error, "");
		}

		Scenario fails(ErrorCode error, String message) {
			this.error = error;
			this.message = message;
			return this;
		}

		private Scenario command(String command, String... targets) {
			this.command = command;
			this.targets = List.of(targets);
			return this;
		}

		void verify() {
			Planner planner = new Planner(this.graph.graph());
			if (this.error != null) {
				ThrowingCallable planning = () -> plan(planner);
				assertThatExceptionOfType(MigrationsException.class).isThrownBy(planning).satisfies((ex) -> {
					assertThat(ex.getCode()).isEqualTo(this.error);
					assertThat(ex.getMessage()).contains(this.message);
				});
				return;
			}
			Plan plan = plan(planner);
			assertThat(plan.before()).isEqualTo(this.rows);
			assertThat(render(plan)).isEqualTo(this.steps);
			assertThat(Set.copyOf(plan.after())).isEqualTo(Set.copyOf(this.after));
			assertThat(Set.copyOf(plan.after())).isEqualTo(minimal(this.graph.graph(), Set.copyOf(plan.after())));
			if (this.command.startsWith("stamp")) {
				assertThat(plan.steps()).isEmpty();
				return;
			}
			if (this.command.equals("upgrade")) {
				assertThat(planner.reached(this.rows, planner.applied(this.rows), Target.parse(this.targets.get(0))))
					.as("reached, as the check at head decides it").isEqualTo(plan.steps().isEmpty());
			}
			List<String> trace = replay(plan);
			if (this.trace != null) {
				assertThat(trace).isEqualTo(this.trace);
			}
		}

		private Plan plan(Planner planner) {
			if (this.command.equals("upgrade")) {
				return planner.upgrade(this.rows, Target.parse(this.targets.get(0)));
			}
			if (this.command.equals("downgrade")) {
				return planner.downgrade(this.rows, Target.parse(this.targets.get(0)));
			}
			List<Target> all = this.targets.stream().map(Target::parse).toList();
			return planner.stamp(this.rows, all, this.command.endsWith("--purge"));
		}

		private static String render(Plan plan) {
			return plan.steps().stream()
				.map((step) -> ((step.direction() == Direction.UPGRADE) ? "+" : "-") + step.revision().id())
				.collect(Collectors.joining(" "));
		}

		// Applies each step's row changes as the version store would, checking they apply cleanly and leave exactly
		// the applied revisions that no other applied revision needs. Returns the rows after each step.
		private List<String> replay(Plan plan) {
			RevisionGraph graph = this.graph.graph();
			Set<String> current = new LinkedHashSet<>(plan.before());
			List<String> trace = new ArrayList<>();
			for (Step step : plan.steps()) {
				assertThat(step.removedRows()).as("rows %s removes", step.transition()).isSubsetOf(current);
				assertThat(step.addedRows()).as("rows %s adds", step.transition())
					.noneMatch(current::contains);
				current.removeAll(step.removedRows());
				current.addAll(step.addedRows());
				assertThat(current).as("rows after %s", step.transition()).isEqualTo(minimal(graph, current));
				trace.add(String.join(" ", current));
			}
			assertThat(current).isEqualTo(Set.copyOf(plan.after()));
			return trace;
		}

		private static Set<String> minimal(RevisionGraph graph, Set<String> rows) {
			Set<String> applied = graph.ancestorsOrSelf(rows);
			Set<String> minimal = new LinkedHashSet<>();
			for (String id : rows) {
				if (graph.dependents(id).stream().noneMatch(applied::contains)) {
					minimal.add(id);
				}
			}
			for (String id : applied) {
				if (!rows.contains(id) && graph.dependents(id).stream().noneMatch(applied::contains)) {
					minimal.add(id);
				}
			}
			return minimal;
		}

		@Override
		public String toString() {
			String outcome = (this.error != null) ? this.error.name() : "[" + this.steps + "] -> " + this.after;
			return this.graph + " at " + this.rows + ": " + this.command + " " + String.join(" ", this.targets) + " => "
					+ outcome;
		}

	}

}
