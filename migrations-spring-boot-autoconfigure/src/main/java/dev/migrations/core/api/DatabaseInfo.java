package dev.migrations.core.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which database an engine migrates, as operators see it: the dialect, the product and its version, and the JDBC URL
 * with any password masked.
 *
 * @param dialect the dialect name, such as {@code postgresql}
 * @param product the database product name the driver reports
 * @param version the product version the driver reports
 * @param url the JDBC URL, passwords replaced by {@value #MASK}
 */
public record DatabaseInfo(String dialect, String product, String version, String url) {

	/** What a password in a URL is replaced with. */
	public static final String MASK = "<masked>";

	// user:password@ in the authority, Oracle's user/password@, and any parameter named like a password
	private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;&]*:)[^@/]*(@)");

	private static final Pattern ORACLE_USER_INFO = Pattern.compile("(?i)(jdbc:oracle:[a-z]+:[^/@:]*/)[^@]*(@)");

	private static final Pattern PARAMETER = Pattern.compile(
			"(?i)([?&;:]\\s*[a-z_.\\-]*(?:password|passwd|pwd|secret)[a-z_.\\-]*\\s*=)[^&;]*");

	private static final Pattern LEADING_VERSION = Pattern.compile("^\\d+(\\.\\d+)*");

	/**
	 * Masks the passwords of a JDBC URL: the password of {@code //user:password@host} (and Oracle's
	 * {@code user/password@}) and the value of every parameter named like a password ({@code password=},
	 * {@code sslpassword=}, {@code PWD=}...).
	 * @param url the URL, or {@code null}
	 * @return the URL with each password replaced by {@value #MASK}, or an empty string for {@code null}
	 */
	public static String maskUrl(@Nullable String url) {
		if (url == null) {
			return "";
		}
		String masked = USER_INFO.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "$2");
		masked = ORACLE_USER_INFO.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "$2");
		return PARAMETER.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
	}

	/**
	 * Returns the dialect and the leading numbers of the version, the way logs show the database:
	 * {@code postgresql 15.18}.
	 * @return the short description
	 */
	public String summary() {
		Matcher matcher = LEADING_VERSION.matcher(this.version.strip());
		return matcher.find() ? this.dialect + " " + matcher.group() : this.dialect;
	}

}
