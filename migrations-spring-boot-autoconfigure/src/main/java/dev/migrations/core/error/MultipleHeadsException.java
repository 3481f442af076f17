package dev.migrations.core.error;

import java.util.List;

/**
 * A target that needs one revision found several: {@code head} with several heads, or a relative step from several
 * current revisions. Carries the revisions and the target, like Alembic's {@code MultipleHeads}.
 */
public class MultipleHeadsException extends MigrationsException {

	private final List<String> heads;

	private final String target;

	public MultipleHeadsException(List<String> heads, String target, String message) {
		super(ErrorCode.MULTIPLE_HEADS, message);
		this.heads = List.copyOf(heads);
		this.target = target;
	}

	/**
	 * Returns the revisions the target could mean.
	 * @return the heads, or the current revisions
	 */
	public List<String> heads() {
		return this.heads;
	}

	/**
	 * Returns the target as the user wrote it.
	 * @return the target expression
	 */
	public String target() {
		return this.target;
	}

}
