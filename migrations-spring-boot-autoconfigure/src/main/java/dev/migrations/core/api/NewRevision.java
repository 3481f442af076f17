package dev.migrations.core.api;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the {@code revision} command is asked to create.
 *
 * @param message what the revision does, one line
 * @param directory where to write the file
 * @param head the revision to revise, {@code base} for a new base, or {@code null} for the single head
 * @param splice whether {@code head} may be a revision that is not a head, starting a new branch
 * @param branchLabels labels for the new revision
 * @param dependsOn revisions or labels the new revision depends on
 * @param revisionId the id to use, or {@code null} for 12 random hexadecimal digits
 * @param operations whether the file gets a portable {@code -- migrations:operations} section instead of SQL
 * sections
 */
public record NewRevision(String message, Path directory, @Nullable String head, boolean splice,
		List<String> branchLabels, List<String> dependsOn, @Nullable String revisionId, boolean operations) {

	public NewRevision {
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * Creates a request for a revision of SQL sections.
	 * @param message what the revision does, one line
	 * @param directory where to write the file
	 * @param head the revision to revise, {@code base} for a new base, or {@code null} for the single head
	 * @param splice whether {@code head} may be a revision that is not a head
	 * @param branchLabels labels for the new revision
	 * @param dependsOn revisions or labels the new revision depends on
	 * @param revisionId the id to use, or {@code null}
	 */
	public NewRevision(String message, Path directory, @Nullable String head, boolean splice,
			List<String> branchLabels, List<String> dependsOn, @Nullable String revisionId) {
		this(message, directory, head, splice, branchLabels, dependsOn, revisionId, false);
	}

}
