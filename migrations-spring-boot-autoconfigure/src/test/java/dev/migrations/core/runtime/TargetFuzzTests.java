package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.testsupport.Fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random target expressions and random revision graphs: parsing, building and planning return a result or a
 * {@code MigrationsException}, never another exception, and never hang.
 */
class TargetFuzzTests {

	// A diamond with a labelled branch: base -> a1 -> (b1 | c1 [label: side]) -> m2 (merge) -> h3.
	private static final RevisionGraph GRAPH = RevisionGraph.of(List.of(Revision.of("ba5e00000001"),
			Revision.of("a1a1a1a1a1a1", "ba5e00000001"), Revision.of("b1b1b1b1b1b1", "a1a1a1a1a1a1"),
			new Revision("c1c1c1c1c1c1", List.of("a1a1a1a1a1a1"), List.of(), Set.of("side"), "", "c1"),
			Revision.of("ab0000000002", "b1b1b1b1b1b1", "c1c1c1c1c1c1"), Revision.of("ab0000000003", "ab0000000002")));

	private static final List<List<String>> ROWS = List.of(List.of(), List.of("ba5e00000001"),
			List.of("b1b1b1b1b1b1", "c1c1c1c1c1c1"), List.of("ab0000000003"));

	@Property(tries = 2000)
	void anyStringParsesOrFailsNamingTheExpression(@ForAll String expression) {
		Fuzz.Outcome<Target> outcome = Fuzz.run(() -> Target.parse(expression));
		if (outcome.failure() != null) {
			assertThat(outcome.failure().getMessage()).contains(expression);
		}
	}

	@Property(tries = 2000)
	@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
	void anyTargetPlansOrFailsOnAGraphWithBranches(@ForAll("targets") String expression) {
		Statistics.collect((Fuzz.run(() -> Target.parse(expression)).failure() != null) ? "invalid" : "parsed");
		Statistics.coverage((coverage) -> {
			coverage.check("parsed").percentage((percent) -> percent > 20);
			coverage.check("invalid").percentage((percent) -> percent > 20);
		});
		for (List<String> rows : ROWS) {
			Planner planner = new Planner(GRAPH);
			Fuzz.run(() -> planner.upgrade(rows, Target.parse(expression)));
			Fuzz.run(() -> planner.downgrade(rows, Target.parse(expression)));
		}
	}

	@Property(tries = 1000)
	@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
	void anyGraphBuildsOrFailsAndBuiltGraphsPlanParentsFirst(@ForAll("graphs") List<Revision> revisions) {
		Fuzz.Outcome<RevisionGraph> outcome = Fuzz.run(() -> RevisionGraph.of(revisions));
		Statistics.collect((outcome.failure() != null) ? outcome.failure().getCode() : "built");
		Statistics.coverage((coverage) -> coverage.check("built").percentage((percent) -> percent > 10));
		if (outcome.failure() != null) {
			return;
		}
		RevisionGraph graph = outcome.result();
		Set<String> seen = new HashSet<>();
		for (Revision revision : graph.revisions()) {
			assertThat(seen).containsAll(graph.requirements(revision.id()));
			seen.add(revision.id());
		}
		Fuzz.Outcome<Plan> plan = Fuzz.run(() -> new Planner(graph).upgrade(List.of(), Target.parse("heads")));
		assertThat(plan.failure()).isNull();
		assertThat(plan.result().steps()).hasSize(graph.size());
		Fuzz.run(() -> new Planner(graph).downgrade(plan.result().after(), Target.parse("base")));
	}

	@Provide
	Arbitrary<String> targets() {
		Arbitrary<String> token = Arbitraries.of("head", "heads", "base", "HEAD", "+", "-", "@", "side", "side@",
				"@head", "ab", "ab0", "a1a1a1a1a1a1", "ab0000000003", "b1", "0", "1", "2", "9", "99999999999", " ",
				"\t", "x; drop table users", "..", ":", "%", "\u00e9", "\u0000", "");
		return token.list().ofMaxSize(6).map((tokens) -> String.join("", tokens));
	}

	// Mostly acyclic graphs (parents point back), salted with forward references (cycles), unknown ids, self
	// references, duplicate ids and shared labels, so that both outcomes are common.
	@Provide
	Arbitrary<List<Revision>> graphs() {
		Arbitrary<Reference> reference = Combinators.combine(Arbitraries.frequency(Tuple.of(40, Kind.BACK),
				Tuple.of(1, Kind.FORWARD), Tuple.of(1, Kind.UNKNOWN), Tuple.of(1, Kind.SELF)),
				Arbitraries.doubles().between(0, 1)).as(Reference::new);
		Arbitrary<Spec> spec = Combinators.combine(reference.list().ofMaxSize(3), reference.list().ofMaxSize(1),
				Arbitraries.frequency(Tuple.of(20, ""), Tuple.of(1, "lab")), Arbitraries.integers().between(0, 60))
			.as(Spec::new);
		return spec.list().ofMinSize(1).ofMaxSize(12).map(TargetFuzzTests::build);
	}

	private static List<Revision> build(List<Spec> specs) {
		List<Revision> revisions = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			Spec spec = specs.get(i);
			int index = i;
			String id = (spec.duplicate() == 0 && i > 0) ? "r0" : "r" + i;
			List<String> parents = spec.parents().stream().map((ref) -> ref.resolve(id, index, specs.size()))
				.filter(Objects::nonNull).toList();
			List<String> depends = spec.depends().stream().map((ref) -> ref.resolve(id, index, specs.size()))
				.filter(Objects::nonNull).toList();
			Set<String> labels = spec.label().isEmpty() ? Set.of() : Set.of(spec.label());
			revisions.add(new Revision(id, parents, depends, labels, "", id + ".sql"));
		}
		return revisions;
	}

	private enum Kind {

		BACK, FORWARD, UNKNOWN, SELF

	}

	private record Reference(Kind kind, double position) {

		@Nullable String resolve(String self, int index, int size) {
			return switch (this.kind) {
				case BACK -> (index == 0) ? null : "r" + Math.min(index - 1, (int) (this.position * index));
				case FORWARD -> "r" + Math.min(size - 1, index + 1 + (int) (this.position * (size - index)));
				case UNKNOWN -> "zz";
				case SELF -> self;
			};
		}

	}

	private record Spec(List<Reference> parents, List<Reference> depends, String label, int duplicate) {

	}

}
