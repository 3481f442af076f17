package dev.migrations.core.error;

import java.util.List;

/**
 * A revision reference that matches several revisions: a prefix of several ids, or a relative step from a branch point
 * (upwards) or a merge point (downwards). Carries the candidates.
 */
public class AmbiguousRevisionException extends MigrationsException {

	private final String reference;

	private final List<String> candidates;

	public AmbiguousRevisionException(String reference, List<String> candidates, String message) {
		super(ErrorCode.AMBIGUOUS_REVISION, message);
		this.reference = reference;
		this.candidates = List.copyOf(candidates);
	}

	/**
	 * Returns the reference as the user wrote it.
	 * @return the prefix or target expression
	 */
	public String reference() {
		return this.reference;
	}

	/**
	 * Returns the revisions the reference matches.
	 * @return the candidate revision ids
	 */
	public List<String> candidates() {
		return this.candidates;
	}

}
