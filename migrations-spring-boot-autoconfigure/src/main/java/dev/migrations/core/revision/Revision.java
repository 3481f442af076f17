package dev.migrations.core.revision;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * One node of the revision graph: its id, the revisions it revises (several for a merge), the revisions it depends on
 * across branches, its branch labels and message. {@code source} names where it was declared, for error messages.
 *
 * @param id the revision id, at most {@value #MAX_ID_LENGTH} letters, digits, {@code _} or {@code -}
 * @param parents the revisions this one revises; empty for a base
 * @param dependsOn revisions or branch labels that must be applied first, without being parents
 * @param branchLabels the labels this revision declares
 * @param message what the revision does, one line
 * @param source the file or class that declared the revision
 */
public record Revision(String id, List<String> parents, List<String> dependsOn, Set<String> branchLabels,
		String message, String source) {

	/** The longest revision id the version table stores. */
	public static final int MAX_ID_LENGTH = 32;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-]{1," + MAX_ID_LENGTH + "}");

	public Revision {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(source, "source");
		checkId(id, source);
		parents = List.copyOf(parents);
		dependsOn = List.copyOf(dependsOn);
		branchLabels = Set.copyOf(branchLabels);
	}

	/**
	 * Creates a revision with only an id and parents, for graphs written as literals.
	 * @param id the revision id
	 * @param parents the revisions it revises
	 * @return the revision
	 */
	public static Revision of(String id, String... parents) {
		return new Revision(id, List.of(parents), List.of(), Set.of(), "", id);
	}

	/**
	 * Checks that {@code id} can be a revision id and be stored in the version table.
	 * @param id the candidate id
	 * @param source where it was declared, for the message
	 * @throws MigrationsException with {@link ErrorCode#INVALID_REVISION_ID} if it cannot
	 */
	public static void checkId(String id, String source) {
		if (!ID.matcher(id).matches()) {
			String problem = (id.length() > MAX_ID_LENGTH)
					? "is " + id.length() + " characters long; the version table holds at most " + MAX_ID_LENGTH
					: "may only contain letters, digits, '_' and '-'";
			throw new MigrationsException(ErrorCode.INVALID_REVISION_ID,
					"Revision id '" + id + "' in " + source + " " + problem + "; choose another id");
		}
	}

	/**
	 * Whether this revision revises nothing.
	 * @return {@code true} for a base revision
	 */
	public boolean isBase() {
		return this.parents.isEmpty();
	}

	/**
	 * Whether this revision revises several revisions.
	 * @return {@code true} for a merge point
	 */
	public boolean isMerge() {
		return this.parents.size() > 1;
	}

}
