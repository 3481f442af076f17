package dev.migrations.core.schema.render;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One element of {@code CREATE INDEX (...)}: a column, quoted, or an expression, in parentheses unless it is one
 * already, each with its {@code COLLATE} and {@code ASC} or {@code DESC}.
 */
final class IndexElements {

	private static final Pattern FUNCTION_CALL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\s*\\(.*\\)", Pattern.DOTALL);

	private static final Pattern INDEX_ELEMENT = Pattern
		.compile("(?is)(.+?)((?:\\s+COLLATE\\s+\\S+)?(?:\\s+(?:ASC|DESC))?)");

	private IndexElements() {
	}

	// "rank DESC" is the column rank, descending; "lower(email)" an expression.
	static String render(String element, UnaryOperator<String> quote) {
		Matcher matcher = INDEX_ELEMENT.matcher(element.strip());
		String core = matcher.matches() ? matcher.group(1) : element.strip();
		String suffix = matcher.matches() ? matcher.group(2) : "";
		if (core.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
			return quote.apply(core) + suffix;
		}
		return (FUNCTION_CALL.matcher(core).matches() && wraps(core, core.indexOf('(')) || wraps(core, 0))
				? core + suffix : "(" + core + ")" + suffix;
	}

	// Whether the parenthesis at 'open' closes at the end: "lower(x)" and "(a + b)" are one expression already.
	private static boolean wraps(String sql, int open) {
		if (open < 0 || sql.charAt(open) != '(' || !sql.endsWith(")")) {
			return false;
		}
		int depth = 0;
		for (int i = open; i < sql.length(); i++) {
			char c = sql.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 0) {
				return i == sql.length() - 1;
			}
		}
		return false;
	}

}
