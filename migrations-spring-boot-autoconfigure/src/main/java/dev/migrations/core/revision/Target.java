package dev.migrations.core.revision;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A parsed target expression, as the commands take it: {@code heads}, {@code head}, {@code base}, a revision id or
 * prefix, or a step count relative to the current revision ({@code +2}, {@code -1}).
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
		switch (text.toLowerCase(Locale.ROOT)) {
			case "heads":
				return new Heads();
			case "head":
				return new Head();
			case "base":
				return new Base();
			default:
				break;
		}
		Matcher relative = Patterns.RELATIVE.matcher(text);
		if (relative.matches()) {
			try {
				int steps = Integer.parseInt(relative.group(2));
				return new Relative(relative.group(1).equals("+") ? steps : -steps);
			}
			catch (NumberFormatException ex) {
				throw invalid(expression, "the step count is too large");
			}
		}
		if (Patterns.REVISION.matcher(text).matches()) {
			return new Exact(text);
		}
		throw invalid(expression, "expected heads, head, base, a revision id or prefix, +N or -N");
	}

	private static MigrationsException invalid(String expression, String reason) {
		return new MigrationsException(ErrorCode.INVALID_TARGET,
				"Invalid target '" + expression + "': " + reason);
	}

	/** Every head. */
	record Heads() implements Target {

	}

	/** The single head; an error when there are several. */
	record Head() implements Target {

	}

	/** Before the first revision: nothing applied. */
	record Base() implements Target {

	}

	/**
	 * A revision given by its id or an unambiguous prefix.
	 * @param idOrPrefix the id or prefix
	 */
	record Exact(String idOrPrefix) implements Target {

	}

	/**
	 * A number of revisions up ({@code +N}) or down ({@code -N}) from the current revision.
	 * @param steps the signed number of revisions
	 */
	record Relative(int steps) implements Target {

	}

	/** The expression grammars, compiled once. */
	final class Patterns {

		static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");

		static final Pattern REVISION = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

		private Patterns() {
		}

	}

}
