package dev.migrations.core.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A database URL in SQLAlchemy's form, as Alembic projects write it ({@code postgresql://user:pw@host:5432/db},
 * {@code postgresql+psycopg2://...}, {@code sqlite:///relative.db}, {@code sqlite:////absolute.db},
 * {@code mysql://...}), turned into the JDBC URL and credentials it means.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the user name, or {@code null} when the URL has none
 * @param password the password, or {@code null} when the URL has none
 */
public record DatabaseUrl(String jdbcUrl, @Nullable String user, @Nullable String password) {

	private static final String JDBC = "jdbc:";

	private static final Map<String, String> SCHEMES = Map.of("postgresql", "postgresql", "postgres", "postgresql",
			"mysql", "mysql", "mariadb", "mariadb");

	/**
	 * Reads a SQLAlchemy URL.
	 * @param url the URL
	 * @return the JDBC form, or empty for a URL that is not in SQLAlchemy's form (a JDBC URL, say)
	 */
	public static Optional<DatabaseUrl> fromSqlAlchemy(String url) {
		String text = url.strip();
		if (text.regionMatches(true, 0, JDBC, 0, JDBC.length())) {
			return Optional.empty();
		}
		Matcher sqlite = Forms.SQLITE.matcher(text);
		if (sqlite.matches()) {
			String path = (sqlite.group(1) != null) ? sqlite.group(1).substring(1) : "";
			return Optional.of(new DatabaseUrl(path.isEmpty() ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + path, null,
					null));
		}
		Matcher matcher = Forms.SQLALCHEMY.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String scheme = SCHEMES.get(matcher.group(1).toLowerCase(Locale.ROOT));
		String database = (matcher.group(5) != null) ? matcher.group(5) : "/";
		String query = (matcher.group(6) != null) ? matcher.group(6) : "";
		return Optional.of(new DatabaseUrl("jdbc:" + scheme + "://" + matcher.group(4) + database + query,
				decode(matcher.group(2)), decode(matcher.group(3))));
	}

	private static @Nullable String decode(@Nullable String part) {
		return (part != null && !part.isEmpty()) ? URLDecoder.decode(part, StandardCharsets.UTF_8) : null;
	}

	// Compiled when a URL is not a JDBC one: every application start with a JDBC URL asks, and needs neither.
	private static final class Forms {

		static final Pattern SQLALCHEMY = Pattern.compile("(?i)(postgresql|postgres|mysql|mariadb)(?:\\+[a-z0-9_]+)?://"
				+ "(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)(/[^?]*)?(\\?.*)?");

		static final Pattern SQLITE = Pattern.compile("(?i)sqlite(?:\\+[a-z0-9_]+)?://(/.*)?");

		private Forms() {
		}

	}

}
