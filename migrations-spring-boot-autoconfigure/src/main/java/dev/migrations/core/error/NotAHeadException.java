package dev.migrations.core.error;

/**
 * A new revision asked to revise a revision that something already revises, without allowing a new branch there.
 * Carries the revision, so that each front end can say how to allow it.
 */
public class NotAHeadException extends MigrationsException {

	private final String revision;

	public NotAHeadException(String revision) {
		super(ErrorCode.MULTIPLE_HEADS, "Revision '" + revision + "' is not a head; allow a splice to start a new"
				+ " branch from it");
		this.revision = revision;
	}

	/**
	 * Returns the revision that is not a head.
	 * @return the revision id
	 */
	public String revision() {
		return this.revision;
	}

}
