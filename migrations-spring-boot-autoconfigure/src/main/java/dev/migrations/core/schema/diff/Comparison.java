package dev.migrations.core.schema.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.Names;

/**
 * How the differ tells a real difference from the same thing reported in another way: type aliases and implicit
 * lengths, PostgreSQL's casts and parentheses in defaults and checks, case, and what SQLite does to an
 * auto-incremented key. Two values are the same when their normalised forms are equal.
 */
final class Comparison {

	// A PostgreSQL cast, '::type', with the multi-word types it deparses: '::character varying', '::text[]'.
	private static final Pattern CAST = Pattern.compile("(?i)::\\s*(?:\"[^\"]+\"|character varying|bit varying"
			+ "|double precision|timestamp(?:\\(\\d+\\))? with(?:out)? time zone|time(?:\\(\\d+\\))? with(?:out)? time zone"
			+ "|[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)?)(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\[\\])*");

	// PostgreSQL writes 'x IN (a, b)' as 'x = ANY (ARRAY[a, b])'; after the parentheses and spaces are gone.
	private static final Pattern ANY_ARRAY = Pattern.compile("=anyarray\\[([^\\]]*)\\]");

	private static final Pattern NUMBER = Pattern.compile("'?-?\\d+(\\.\\d+)?'?");

	// Other names of length(): H2 writes CHAR_LENGTH, MariaDB OCTET_LENGTH (its LENGTH counts bytes).
	private static final Pattern LENGTH = Pattern.compile("(?i)\\b(?:char_length|character_length|octet_length)\\(");

	private Comparison() {
	}

	static boolean sameName(@Nullable String first, @Nullable String second) {
		return first == null || second == null || Names.same(first, second);
	}

	static boolean sameNames(List<String> first, List<String> second) {
		if (first.size() != second.size()) {
			return false;
		}
		for (int i = 0; i < first.size(); i++) {
			if (!expression(first.get(i)).equals(expression(second.get(i)))) {
				return false;
			}
		}
		return true;
	}

	static String key(List<String> names) {
		return String.join(",", names.stream().map(Comparison::expression).toList());
	}

	/**
	 * Whether two columns have the same type, as the dialect reports it.
	 */
	static boolean sameType(Column database, Column model, String dialect) {
		ColumnType first = canonical(database.type(), dialect);
		ColumnType second = canonical(model.type(), dialect);
		if (dialect.equals("sqlite") && (database.autoIncrement() || model.autoIncrement()) && integer(first.kind())
				&& integer(second.kind())) {
			// SQLite's AUTOINCREMENT key is always INTEGER, its 64-bit rowid.
			return true;
		}
		if (first.kind() == Kind.NATIVE || second.kind() == Kind.NATIVE) {
			return typeText(first).equals(typeText(second));
		}
		return first.equals(second);
	}

	private static boolean integer(Kind kind) {
		return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
	}

	// A native type's SQL in lower case, spaces only between words, but for its quoted labels: enum ('a', 'b') is
	// enum('a','b'), not enum('A','B').
	private static String typeText(ColumnType type) {
		String sql = type.sql();
		StringBuilder text = new StringBuilder(sql.length());
		boolean literal = false;
		boolean space = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (!literal && Character.isWhitespace(c)) {
				space = true;
				continue;
			}
			if (space && !text.isEmpty() && word(text.charAt(text.length() - 1)) && word(c)) {
				text.append(' ');
			}
			space = false;
			literal = (c == '\'') != literal;
			text.append((literal || c == '\'') ? c : Character.toLowerCase(c));
		}
		return text.toString();
	}

	private static boolean word(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	// The type with what a database adds by itself: numeric(10) is numeric(10,0), char is char(1), PostgreSQL's
	// time and timestamp have 6 digits of seconds unless told otherwise, MySQL's none.
	static ColumnType canonical(ColumnType type, String dialect) {
		ColumnType parsed = (type.kind() == Kind.NATIVE && type.nativeSql() != null)
				? ColumnType.parse(type.nativeSql()) : type;
		Integer length = parsed.length();
		Integer scale = parsed.scale();
		switch (parsed.kind()) {
			case DECIMAL -> scale = (length != null && scale == null) ? Integer.valueOf(0) : scale;
			case CHAR -> length = (length == null) ? Integer.valueOf(1) : length;
			case TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> length = Objects.equals(length, implicitSeconds(dialect))
					? null : length;
			default -> {
			}
		}
		return (parsed.kind() == Kind.NATIVE) ? parsed : new ColumnType(parsed.kind(), length, scale, null);
	}

	private static @Nullable Integer implicitSeconds(String dialect) {
		return switch (dialect) {
			case "postgresql" -> 6;
			case "mysql", "mariadb" -> 0;
			default -> null;
		};
	}

	/**
	 * Whether two server defaults are the same once normalised; an auto-incremented column's default is the
	 * database's own.
	 */
	static boolean sameDefault(Column database, Column model) {
		if (database.autoIncrement() || model.autoIncrement()) {
			return true;
		}
		String first = defaultValue(database.defaultSql());
		String second = defaultValue(model.defaultSql());
		if (model.type().kind() == Kind.BOOLEAN) {
			first = bit(first);
			second = bit(second);
		}
		return Objects.equals(first, second) || sameNumber(first, second);
	}

	// MySQL's BOOLEAN is TINYINT(1): its defaults read back as 1 and 0.
	private static @Nullable String bit(@Nullable String value) {
		return "1".equals(value) ? "true" : "0".equals(value) ? "false" : value;
	}

	// MySQL reads back a DECIMAL's default with its scale: 0 is 0.00.
	private static boolean sameNumber(@Nullable String first, @Nullable String second) {
		if (first == null || second == null || !NUMBER.matcher(first).matches() || !NUMBER.matcher(second).matches()) {
			return false;
		}
		return new BigDecimal(first.replace("'", "")).compareTo(new BigDecimal(second.replace("'", ""))) == 0;
	}

	static @Nullable String defaultValue(@Nullable String sql) {
		if (sql == null || sql.isBlank() || sql.trim().equalsIgnoreCase("null")) {
			return null;
		}
		String normalized = expression(sql);
		return switch (normalized) {
			case "now", "current_timestamp", "localtimestamp", "current_timestamp6" -> "current_timestamp";
			case "true", "'t'", "'true'" -> "true";
			case "false", "'f'", "'false'" -> "false";
			default -> normalized;
		};
	}

	/**
	 * Whether two SQL expressions (checks, predicates, index expressions) are the same once normalised.
	 */
	static boolean sameExpression(@Nullable String first, @Nullable String second) {
		if (first == null || second == null) {
			return first == second;
		}
		return expression(first).equals(expression(second));
	}

	/**
	 * Normalises SQL for comparison: casts removed, then outside string literals lower case, without spaces,
	 * parentheses or identifier quotes, and {@code = ANY (ARRAY[...])} read as {@code IN (...)}.
	 */
	static String expression(String sql) {
		String uncast = LENGTH.matcher(CAST.matcher(sql).replaceAll("")).replaceAll("length(");
		StringBuilder text = new StringBuilder(uncast.length());
		boolean literal = false;
		for (int i = 0; i < uncast.length(); i++) {
			char c = uncast.charAt(i);
			if (c == '\'') {
				literal = !literal;
				text.append(c);
			}
			else if (literal) {
				text.append(c);
			}
			else if (!Character.isWhitespace(c) && c != '(' && c != ')' && c != '"' && c != '`') {
				text.append(Character.toLowerCase(c));
			}
		}
		String normalized = ANY_ARRAY.matcher(text.toString().replace("!=", "<>")).replaceAll("in$1");
		return normalized.replaceAll("^now$", "current_timestamp");
	}

	static boolean sameComment(@Nullable String first, @Nullable String second) {
		return Objects.equals(blankToNull(first), blankToNull(second));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
