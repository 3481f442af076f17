package dev.migrations.core.runtime;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.api.Revision;
import dev.migrations.core.error.DuplicateRevisionException;
import dev.migrations.core.error.MultipleHeadsException;
import dev.migrations.core.error.NotAHeadException;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;
import dev.migrations.core.revision.TargetResolver;
import dev.migrations.core.script.RevisionFileWriter;

/**
 * {@code revision} and {@code merge}: write a new revision file, then have the engine read the files again. Need no
 * database.
 */
public final class NewRevisionCommand {

	private static final Logger logger = LoggerFactory.getLogger(NewRevisionCommand.class);

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public NewRevisionCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Writes a new revision whose parent is the single head, or the head the request names.
	 * @param request what to create
	 * @return the new revision and its file
	 * @throws MultipleHeadsException when there are several heads and none is named, or the named head is several
	 * @throws NotAHeadException when the named revision is not a head and the request does not splice
	 * @throws DuplicateRevisionException when the requested id exists
	 */
	public CreatedRevision revision(NewRevision request) {
		return revision(request, null);
	}

	// A new revision with the given file content, or the empty sections of the template when it is null.
	CreatedRevision revision(NewRevision request, @Nullable BiFunction<Revision, LocalDateTime, String> content) {
		RevisionGraph graph = this.engine.scripts().graph();
		List<String> parents = parents(graph, request);
		String id = id(graph, request.revisionId());
		for (String dependency : request.dependsOn()) {
			graph.resolve(dependency);
		}
		return write(request.directory(), new Revision(id, parents, request.dependsOn(),
				new LinkedHashSet<>(request.branchLabels()), request.message(), "new revision"), request.operations(),
				content);
	}

	// The revisions a new revision would revise.
	List<String> parents(NewRevision request) {
		return parents(this.engine.scripts().graph(), request);
	}

	/**
	 * Writes a merge revision whose parents are the given heads.
	 * @param revisions the revisions to merge, as targets such as {@code heads} or {@code LABEL@head}
	 * @param message the merge revision's message
	 * @param revisionId the new id, or {@code null} for a random one
	 * @param directory where to write the file
	 * @return the merge revision and its file
	 */
	public CreatedRevision merge(List<String> revisions, String message, @Nullable String revisionId, Path directory) {
		RevisionGraph graph = this.engine.scripts().graph();
		List<String> heads = new TargetResolver(graph).revisions(revisions.stream().map(Target::parse).toList());
		return write(directory, graph.merge(heads, (revisionId != null) ? revisionId : Revision.randomId(), message),
				false, null);
	}

	private static List<String> parents(RevisionGraph graph, NewRevision request) {
		String head = request.head();
		if (head == null || head.equalsIgnoreCase("head")) {
			if (graph.heads().size() > 1) {
				throw new MultipleHeadsException(graph.heads(), "head", "Multiple heads: "
						+ String.join(", ", graph.heads()) + "; name the one to revise, or merge them first with"
						+ " 'merge heads'");
			}
			return graph.heads();
		}
		List<String> parents = new TargetResolver(graph).revisions(List.of(Target.parse(head)));
		if (parents.size() > 1) {
			throw new MultipleHeadsException(parents, head, "'" + head + "' names " + parents.size() + " revisions ("
					+ String.join(", ", parents) + "); a new revision revises one, 'merge' joins several");
		}
		for (String parent : parents) {
			if (!graph.heads().contains(parent) && !request.splice()) {
				throw new NotAHeadException(parent);
			}
		}
		return parents;
	}

	private static String id(RevisionGraph graph, @Nullable String requested) {
		String id = (requested != null) ? requested : Revision.randomId();
		if (graph.find(id).isPresent()) {
			throw new DuplicateRevisionException(id, graph.get(id).source());
		}
		return id;
	}

	// The file holds the given content, or the template's empty SQL sections, or an operations section.
	private CreatedRevision write(Path directory, Revision revision, boolean operations,
			@Nullable BiFunction<Revision, LocalDateTime, String> content) {
		LocalDateTime created = LocalDateTime.now(this.engine.clock());
		RevisionFileWriter writer = new RevisionFileWriter();
		Path file = (content != null) ? writer.write(directory, revision, created, content.apply(revision, created))
				: writer.write(directory, revision, created, operations);
		this.engine.reload();
		logger.info("Generated {}", file);
		return new CreatedRevision(revision, file);
	}

}
