package dev.migrations.core.revision;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A parsed target expression, every form Alembic accepts: {@code heads}, {@code head}, {@code base}, a revision id,
 * prefix or branch label, a step count relative to the current revision ({@code +2}, {@code -1}) or to another target
 * ({@code REV+1}, {@code head-2}, {@code base+1}), each optionally limited to one branch ({@code LABEL@head},
 * {@code LABEL@-1}, {@code REV@base}). Parsing only checks the grammar; {@link TargetResolver} finds the revisions.
 */
public sealed interface Target {

	/**
	 * Parses a target expression.
	 * @param expression the expression as the user typed it
	 * @return the target
	 * @throws MigrationsException with {@link ErrorCode#INVALID_TARGET} when it cannot be parsed
	 */
	static Target parse(String expression) {
		String text = expression.strip();
		String branch = null;
		String rest = text;
		int at = text.indexOf('@');
		if (at >= 0) {
			branch = text.substring(0, at);
			rest = text.substring(at + 1);
			if (!Patterns.NAME.matcher(branch).matches()) {
				throw invalid(expression, "'" + branch + "' before '@' is not a branch label or revision");
			}
		}
		Matcher relative = (rest.indexOf('+') >= 0 || rest.indexOf('-') >= 0) ? Patterns.RELATIVE.matcher(rest) : null;
		if (relative != null && relative.matches()) {
			int steps = steps(expression, relative.group(3));
			steps = relative.group(2).equals("+") ? steps : -steps;
			if (relative.group(1).isEmpty()) {
				return new Relative(branch, null, steps);
			}
			Target anchor = absolute(branch, relative.group(1));
			if (anchor == null) {
				throw invalid(expression, "'" + relative.group(1) + "' is not a revision, label, head or base");
			}
			return new Relative(branch, anchor, steps);
		}
		Target target = absolute(branch, rest);
		if (target == null) {
			throw invalid(expression, "expected heads, head, base, a revision id, prefix or branch label, +N, -N,"
					+ " REV+N, REV-N, head-N, base+N, or one of them after 'LABEL@'");
		}
		return target;
	}

	/**
	 * Returns the expression in its canonical form, for messages.
	 * @return the expression
	 */
	String expression();

	private static @Nullable Target absolute(@Nullable String branch, String text) {
		switch (text.toLowerCase(Locale.ROOT)) {
			case "heads":
				return new Heads(branch);
			case "head":
				return new Head(branch);
			case "base":
				return new Base(branch);
			default:
				return Patterns.NAME.matcher(text).matches() ? new Exact(branch, text) : null;
		}
	}

	private static int steps(String expression, String digits) {
		try {
			int steps = Integer.parseInt(digits);
			if (steps == 0) {
				throw invalid(expression, "a step count must be at least 1");
			}
			return steps;
		}
		catch (NumberFormatException ex) {
			throw invalid(expression, "the step count is too large");
		}
	}

	private static MigrationsException invalid(String expression, String reason) {
		return new MigrationsException(ErrorCode.INVALID_TARGET, "Invalid target '" + expression + "': " + reason);
	}

	private static String prefix(@Nullable String branch) {
		return (branch != null) ? branch + "@" : "";
	}

	/**
	 * Every head, or every head of one branch.
	 * @param branch a branch label or revision, or {@code null} for the whole graph
	 */
	record Heads(@Nullable String branch) implements Target {

		@Override
		public String expression() {
			return prefix(this.branch) + "heads";
		}

	}

	/**
	 * The single head, or the single head of one branch; an error when there are several.
	 * @param branch a branch label or revision, or {@code null} for the whole graph
	 */
	record Head(@Nullable String branch) implements Target {

		@Override
		public String expression() {
			return prefix(this.branch) + "head";
		}

	}

	/**
	 * Before the first revision, or before the first revision of one branch.
	 * @param branch a branch label or revision, or {@code null} for the whole graph
	 */
	record Base(@Nullable String branch) implements Target {

		@Override
		public String expression() {
			return prefix(this.branch) + "base";
		}

	}

	/**
	 * A revision given by its id, an unambiguous prefix or a branch label (meaning the revision that declares it).
	 * @param branch a branch the revision must be on, or {@code null}
	 * @param reference the id, prefix or label
	 */
	record Exact(@Nullable String branch, String reference) implements Target {

		@Override
		public String expression() {
			return prefix(this.branch) + this.reference;
		}

	}

	/**
	 * A number of revisions up ({@code +N}) or down ({@code -N}) from an anchor, or from the current revision.
	 * @param branch the branch to stay on, or {@code null}
	 * @param anchor where to count from ({@link Head}, {@link Heads}, {@link Base} or {@link Exact}), or {@code null}
	 * for the current revision
	 * @param steps the signed number of revisions
	 */
	record Relative(@Nullable String branch, @Nullable Target anchor, int steps) implements Target {

		@Override
		public String expression() {
			String count = ((this.steps > 0) ? "+" : "") + this.steps;
			if (this.anchor == null) {
				return prefix(this.branch) + count;
			}
			return this.anchor.expression() + count;
		}

	}

	/** The expression grammars, compiled once. */
	final class Patterns {

		static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])([0-9]+)");

		static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

		private Patterns() {
		}

	}

}
