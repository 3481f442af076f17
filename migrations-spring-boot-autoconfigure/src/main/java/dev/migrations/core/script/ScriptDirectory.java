package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.migrations.core.revision.Revision;
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
			for (ScriptResource resource : location.scan(classLoader)) {
				RevisionFile file = parser.parse(resource, resource.read());
				revisions.add(file.revision());
				scripts.putIfAbsent(file.revision().id(),
						new RevisionScript(file.revision(), resource, file.checksum(), file.transactional()));
			}
		}
		return new ScriptDirectory(RevisionGraph.of(revisions), scripts, parser);
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

}
