package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;

/**
 * Every revision script of the configured locations, and the graph they form. While the files hold little SQL in
 * all (up to {@link #KEPT_SQL_CHARS}), the sections read at load are kept until {@link #forgetSections()}: the engine
 * keeps them for the command that loaded the files, such as a start applying revisions, which so reads and parses
 * each file once. After it, or beyond that size, a revision's file is read again when it runs, edits included.
 */
public final class ScriptDirectory {

	/** The most characters of SQL, all files together, whose sections are kept from the load. */
	public static final int KEPT_SQL_CHARS = 1 << 20;

	private final RevisionGraph graph;

	private final Map<String, RevisionScript> scripts;

	private volatile Map<String, List<Section>> keptSections;

	private final RevisionFileParser parser;

	private ScriptDirectory(RevisionGraph graph, Map<String, RevisionScript> scripts,
			Map<String, List<Section>> keptSections, RevisionFileParser parser) {
		this.graph = graph;
		this.scripts = scripts;
		this.keptSections = keptSections;
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
		Map<String, List<Section>> kept = new HashMap<>();
		long sqlChars = 0;
		for (Location location : locations) {
			for (Outcome outcome : read(location.scan(classLoader), parser)) {
				RevisionFile file = outcome.file();
				RevisionScript script = outcome.script(file);
				revisions.add(script.revision());
				if (scripts.putIfAbsent(script.revision().id(), script) == null) {
					kept.put(script.revision().id(), file.sections());
					sqlChars += sqlChars(file.sections());
				}
			}
		}
		return new ScriptDirectory(RevisionGraph.of(revisions), scripts,
				(sqlChars <= KEPT_SQL_CHARS) ? kept : Map.of(), parser);
	}

	private static long sqlChars(List<Section> sections) {
		long chars = 0;
		for (Section section : sections) {
			chars += section.sql().length();
		}
		return chars;
	}

	// Each file costs a few system calls and a parse, independent of the others', so many of them run on the common
	// pool as well as on this thread. The outcomes keep the scan order, and of several bad files the first in it is
	// reported.
	private static List<Outcome> read(List<ScriptResource> resources, RevisionFileParser parser) {
		return ParallelReads.worthIt(resources.size())
				? resources.parallelStream().map((resource) -> Outcome.of(resource, parser)).toList()
				: readInTurn(resources, parser);
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
	 * Returns all sections of a revision's file, in file order: those read at load while they are kept, else the
	 * file read again.
	 * @param script a script of this directory
	 * @return the sections
	 */
	public List<Section> sections(RevisionScript script) {
		List<Section> sections = (this.scripts.get(script.revision().id()) == script)
				? this.keptSections.get(script.revision().id()) : null;
		return (sections != null) ? sections : script.read(this.parser);
	}

	/**
	 * Drops the sections kept from the load: from now on a revision's file is read again when it runs, so that an
	 * edit made after the load, such as a downgrade section added to an applied revision, is what runs.
	 */
	public void forgetSections() {
		this.keptSections = Map.of();
	}

	/**
	 * Returns the parser that reads the scripts' SQL again when they run.
	 * @return the parser
	 */
	public RevisionFileParser parser() {
		return this.parser;
	}

	/**
	 * Returns a revision's SQL sections for one direction and dialect, among {@link #sections(RevisionScript)}.
	 * @param script a script of this directory
	 * @param direction upgrade or downgrade
	 * @param dialect the dialect name
	 * @return the sections that apply, in file order
	 * @throws MigrationsException with {@link ErrorCode#IRREVERSIBLE_REVISION} when there is no downgrade, or
	 * {@link ErrorCode#INVALID_REVISION_FILE} when no section applies to the dialect
	 */
	public List<Section> sections(RevisionScript script, Direction direction, String dialect) {
		return script.sections(sections(script), direction, dialect);
	}

	/**
	 * Returns a revision's portable operations for one direction, read as
	 * {@link RevisionScript#operations(RevisionFileParser, Direction)} reads them, from
	 * {@link #sections(RevisionScript)}.
	 * @param script a script of this directory
	 * @param direction upgrade or downgrade
	 * @return the operations with their lines, or empty when this direction is SQL
	 */
	public Optional<List<LocatedOperation>> operations(RevisionScript script, Direction direction) {
		return script.sqlOnly() ? Optional.empty() : script.operations(this.parser, sections(script), direction);
	}

	// A file as read, or why it could not be read, kept until every file is read.
	private record Outcome(ScriptResource resource, @Nullable RevisionFile read, @Nullable RuntimeException failure) {

		static Outcome of(ScriptResource resource, RevisionFileParser parser) {
			try {
				return new Outcome(resource, parser.parse(resource, resource.read()), null);
			}
			catch (RuntimeException ex) {
				return new Outcome(resource, null, ex);
			}
		}

		// The file, or the failure reading it, thrown.
		RevisionFile file() {
			if (this.failure != null) {
				throw this.failure;
			}
			return Objects.requireNonNull(this.read);
		}

		RevisionScript script(RevisionFile file) {
			return new RevisionScript(file.revision(), this.resource, file.checksum(), file.transactional(),
					sqlOnly(file));
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

	}

}
