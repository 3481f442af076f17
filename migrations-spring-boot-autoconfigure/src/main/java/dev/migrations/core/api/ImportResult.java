package dev.migrations.core.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import from another tool wrote, what it could not convert, and where it stamped the database.
 *
 * @param revisions the revision files written, base first
 * @param notConverted the scripts or changes left out, each with the reason, for the user to carry over by hand
 * @param sourceVersion where the other tool's history table says the database is ({@code Flyway version 1.1}, or the
 * last changeset Liquibase ran), or {@code null} when the database was not asked
 * @param stampedAt the revision the database was stamped at, or {@code null} when it was not stamped
 */
public record ImportResult(List<CreatedRevision> revisions, List<String> notConverted, @Nullable String sourceVersion,
		@Nullable String stampedAt) {

	/**
	 * Creates a result.
	 * @param revisions the files written
	 * @param notConverted what was left out
	 * @param sourceVersion the other tool's version of the database, or {@code null}
	 * @param stampedAt the stamped revision, or {@code null}
	 */
	public ImportResult {
		revisions = List.copyOf(revisions);
		notConverted = List.copyOf(notConverted);
	}

}
