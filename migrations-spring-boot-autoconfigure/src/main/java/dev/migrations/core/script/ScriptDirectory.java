package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Section;
import dev.migrations.core.revision.RevisionGraph;

/**
 * Every revision script of the configured locations, and the graph they form.
 */
public final class ScriptDirectory {

	private final RevisionGraph graph;

	private final Map<String, RevisionScript> scripts;

	private final RevisionFileParser parser;

	private ScriptDirectory(RevisionGraph graph, Map<String, RevisionScript> scripts, RevisionFileParser parser) {
		this.graph = graph;
		this.scripts = scripts;
		this.parser = parser;
	}

	/**
	 * Scans the locations, parses every revision file and builds the graph.
	 * @param locations the locations to scan
	 * @param classLoader the class loader for classpath locations
	 * @param dialects the dialect names a section may name
	 * @return the loaded scripts
	 */
	public static ScriptDirectory load(List<Location> locations, ClassLoader classLoader, Set<String> dialects) {
		return load(locations, classLoader, dialects, Placeholders.NONE);
	}

	/**
	 * Scans the locations, parses every revision file, with placeholder values in its SQL, and builds the graph.
	 * @param locations the locations to scan
	 * @param classLoader the class loader for classpath locations
	 * @param dialects the dialect names a section may name
	 * @param placeholders the values of {@code ${name}} placeholders
	 * @return the loaded scripts
	 */
	public static ScriptDirectory load(List<Location> locations, ClassLoader classLoader, Set<String> dialects,
			Placeholders placeholders) {
		RevisionFileParser parser = new RevisionFileParser(dialects, placeholders);
		List<Revision> revisions = new ArrayList<>();
		Map<String, RevisionScript> scripts = new HashMap<>();
		for (Location location : locations) {
			for (RevisionScript script : read(location.scan(classLoader), parser)) {
				revisions.add(script.revision());
				scripts.putIfAbsent(script.revision().id(), script);
			}
		}
		return new ScriptDirectory(RevisionGraph.of(revisions), scripts, parser);
	}

	// Each file costs a few system calls and a parse, independent of the others', so many of them run on the common
	// pool as well as on this thread. The scripts keep the scan order, and of several bad files the first in it is
	// reported.
	private static List<RevisionScript> read(List<ScriptResource> resources, RevisionFileParser parser) {
		List<Outcome> outcomes = ParallelReads.worthIt(resources.size())
				? resources.parallelStream().map((resource) -> Outcome.of(resource, parser)).toList()
				: readInTurn(resources, parser);
		List<RevisionScript> scripts = new ArrayList<>(outcomes.size());
		for (Outcome outcome : outcomes) {
			scripts.add(outcome.script());
		}
		return scripts;
	}

	private static List<Outcome> readInTurn(List<ScriptResource> resources, RevisionFileParser parser) {
		List<Outcome> outcomes = new ArrayList<>(resources.size());
		for (ScriptResource resource : resources) {
			outcomes.add(Outcome.of(resource, parser));
		}
		return outcomes;
	}

	/**
	 * Returns the revision graph.
	 * @return the graph
	 */
	public RevisionGraph graph() {
		return this.graph;
	}

	/**
	 * Returns the script of a revision of the graph.
	 * @param id the revision id
	 * @return its script
	 */
	public RevisionScript script(String id) {
		return this.scripts.get(id);
	}

	/**
	 * Returns the script of a revision, if the graph has it.
	 * @param id the revision id
	 * @return its script, or empty for a revision no file declares
	 */
	public Optional<RevisionScript> find(String id) {
		return Optional.ofNullable(this.scripts.get(id));
	}

	/**
	 * Returns the parser that reads the scripts' SQL again when they run.
	 * @return the parser
	 */
	public RevisionFileParser parser() {
		return this.parser;
	}

	// A file's script, or why it could not be read, kept until every file is read.
	private record Outcome(@Nullable RevisionScript loaded, @Nullable RuntimeException failure) {

		static Outcome of(ScriptResource resource, RevisionFileParser parser) {
			try {
				RevisionFile file = parser.parse(resource, resource.read());
				return new Outcome(new RevisionScript(file.revision(), resource, file.checksum(), file.transactional(),
						sqlOnly(file)), null);
			}
			catch (RuntimeException ex) {
				return new Outcome(null, ex);
			}
		}

		// A loop, not a stream: this runs once per file on every start, mostly before the JIT compiler has seen it.
		private static boolean sqlOnly(RevisionFile file) {
			for (Section section : file.sections()) {
				if (section.operations()) {
					return false;
				}
			}
			return true;
		}

		RevisionScript script() {
			if (this.failure != null) {
				throw this.failure;
			}
			return Objects.requireNonNull(this.loaded);
		}

	}

}
