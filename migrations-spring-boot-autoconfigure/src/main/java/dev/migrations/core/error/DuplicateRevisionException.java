package dev.migrations.core.error;

/**
 * A new revision's id is already declared by a revision file. Carries the id and the file.
 */
public class DuplicateRevisionException extends MigrationsException {

	private final String revision;

	private final String source;

	public DuplicateRevisionException(String revision, String source) {
		super(ErrorCode.DUPLICATE_REVISION, "Revision '" + revision + "' already exists in " + source
				+ "; choose another id");
		this.revision = revision;
		this.source = source;
	}

	/**
	 * Returns the id in use.
	 * @return the revision id
	 */
	public String revision() {
		return this.revision;
	}

	/**
	 * Returns the file that declares it.
	 * @return the file, as messages name it
	 */
	public String source() {
		return this.source;
	}

}
