package dev.migrations.core.api;

import java.util.Locale;

/**
 * What an operator found after repairing a failed non-transactional step by hand: the step's changes are all in
 * place, or none of them are.
 */
public enum Resolution {

	/** The revision's changes are complete: record the step as done and move the version rows as it would have. */
	APPLIED(Outcome.RESOLVED),

	/** None of the revision's changes remain: record the attempt as discarded; the next upgrade runs it again. */
	NOT_APPLIED(Outcome.DISCARDED);

	private final Outcome outcome;

	Resolution(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * Returns the outcome the history row of this resolution records.
	 * @return the outcome
	 */
	public Outcome outcome() {
		return this.outcome;
	}

	/**
	 * Returns the command-line flag of this resolution.
	 * @return {@code --applied} or {@code --not-applied}
	 */
	public String flag() {
		return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
