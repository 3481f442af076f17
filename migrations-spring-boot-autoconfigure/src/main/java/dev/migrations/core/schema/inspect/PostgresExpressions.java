package dev.migrations.core.schema.inspect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns the expressions PostgreSQL deparses back into the form they were most likely written in, so that the same
 * default or check read from PostgreSQL and from another database compares equal: {@code 'x'::character varying}
 * becomes {@code 'x'}, {@code '-1'::integer} becomes {@code -1}, and a serial column's {@code nextval(...)} default
 * is recognised.
 */
final class PostgresExpressions {

	private static final Pattern CAST_LITERAL = Pattern
		.compile("('(?:[^']|'')*'|NULL)::([a-z][a-z0-9_ ]*(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[\\])?)");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	// A negative number PostgreSQL deparses as a string cast to a number type, inside a larger expression.
	private static final Pattern CAST_NUMBER = Pattern.compile("'(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)'::"
			+ "(?:integer|bigint|smallint|numeric|real|double precision)(?:\\(\\d+(?:,\\d+)?\\))?(?![\\w\\[])");

	private static final Pattern NEXTVAL = Pattern.compile("nextval\\('(?:[^']|'')*'::regclass\\)");

	private PostgresExpressions() {
	}

	/**
	 * Normalises a column default.
	 * @param sql the default as {@code pg_get_expr} returns it, or {@code null}
	 * @return the default as it would be written portably, or {@code null}
	 */
	static @Nullable String defaultValue(@Nullable String sql) {
		if (sql == null) {
			return null;
		}
		Matcher literal = CAST_LITERAL.matcher(sql);
		if (literal.matches()) {
			String value = literal.group(1);
			String unquoted = value.substring(1, Math.max(1, value.length() - 1));
			return (value.startsWith("'") && NUMBER.matcher(unquoted).matches() && numeric(literal.group(2)))
					? unquoted : value;
		}
		return sql;
	}

	/**
	 * Normalises a check or a partial index predicate: the numbers PostgreSQL deparses as cast strings
	 * ({@code '-100'::integer}) become numbers again, and the parentheses around the whole expression go.
	 * @param sql the expression as {@code pg_get_expr} returns it
	 * @return the expression as it would be written portably
	 */
	static String condition(String sql) {
		return unwrap(CAST_NUMBER.matcher(sql).replaceAll("$1"));
	}

	/**
	 * Whether a default is a sequence's next value, as a serial column has.
	 * @param sql the default, or {@code null}
	 * @return {@code true} for {@code nextval('...'::regclass)}
	 */
	static boolean isNextval(@Nullable String sql) {
		return sql != null && NEXTVAL.matcher(sql).matches();
	}

	/**
	 * Removes the parentheses around a whole expression, as {@code (a > 0)} for {@code a > 0}.
	 * @param sql the expression
	 * @return the expression without enclosing parentheses
	 */
	static String unwrap(String sql) {
		String result = sql.trim();
		while (result.startsWith("(") && result.endsWith(")") && enclosesAll(result)) {
			result = result.substring(1, result.length() - 1).trim();
		}
		return result;
	}

	// Whether the opening parenthesis at 0 closes at the very end, not before (as in "(a) AND (b)").
	private static boolean enclosesAll(String sql) {
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
				if (depth == 0 && i < sql.length() - 1) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean numeric(String type) {
		return type.startsWith("integer") || type.startsWith("bigint") || type.startsWith("smallint")
				|| type.startsWith("numeric") || type.startsWith("real") || type.startsWith("double precision");
	}

}
