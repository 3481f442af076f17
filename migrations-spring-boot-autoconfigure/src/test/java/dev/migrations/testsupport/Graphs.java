package dev.migrations.testsupport;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import dev.migrations.core.api.Revision;
import dev.migrations.core.revision.RevisionGraph;

/**
 * Revision graphs written as literals, as Alembic's {@code test_revision.py} writes them:
 * {@code graph("diamond", rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"))}. Each revision's source is
 * {@code <id>.sql} unless {@link Rev#in} says otherwise, so messages that name files can be checked.
 */
public final class Graphs {

	private Graphs() {
	}

	/**
	 * Starts a revision literal.
	 * @param id the revision id
	 * @param parents the revisions it revises
	 * @return the literal, to add labels or dependencies to
	 */
	public static Rev rev(String id, String... parents) {
		return new Rev(id, List.of(parents), List.of(), List.of(), id + ".sql");
	}

	/**
	 * Builds a named graph.
	 * @param name the name tests show
	 * @param revisions the revisions
	 * @return the graph
	 */
	public static Named graph(String name, Rev... revisions) {
		return new Named(name, RevisionGraph.of(revisions(revisions)));
	}

	/**
	 * Turns literals into revisions.
	 * @param revisions the literals
	 * @return the revisions
	 */
	public static List<Revision> revisions(Rev... revisions) {
		return Arrays.stream(revisions).map(Rev::revision).toList();
	}

	/**
	 * A revision literal.
	 *
	 * @param id the id
	 * @param parents the parents
	 * @param labels the branch labels
	 * @param dependsOn the dependencies
	 * @param source the file it claims to come from
	 */
	public record Rev(String id, List<String> parents, List<String> labels, List<String> dependsOn, String source) {

		/**
		 * Adds branch labels.
		 * @param labels the labels
		 * @return a new literal
		 */
		public Rev label(String... labels) {
			return new Rev(this.id, this.parents, List.of(labels), this.dependsOn, this.source);
		}

		/**
		 * Adds dependencies.
		 * @param dependsOn revision ids or labels
		 * @return a new literal
		 */
		public Rev dependsOn(String... dependsOn) {
			return new Rev(this.id, this.parents, this.labels, List.of(dependsOn), this.source);
		}

		/**
		 * Changes the file the revision comes from.
		 * @param source the file name
		 * @return a new literal
		 */
		public Rev in(String source) {
			return new Rev(this.id, this.parents, this.labels, this.dependsOn, source);
		}

		/**
		 * Builds the revision.
		 * @return the revision, declared in {@code <id>.sql}
		 */
		public Revision revision() {
			return new Revision(this.id, this.parents, this.dependsOn, new LinkedHashSet<>(this.labels),
					"revision " + this.id, this.source);
		}

	}

	/**
	 * A graph with a name for test reports.
	 *
	 * @param name the name
	 * @param graph the graph
	 */
	public record Named(String name, RevisionGraph graph) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
