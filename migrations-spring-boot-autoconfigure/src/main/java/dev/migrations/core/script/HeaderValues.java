package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the values of a revision file's header: lists of revision ids and labels, and booleans.
 */
final class HeaderValues {

	private static final Set<String> NONE = Set.of("", "none", "<base>", "base");

	private HeaderValues() {
	}

	static boolean bool(ScriptResource resource, String text, String value) {
		switch (value.toLowerCase(Locale.ROOT)) {
			case "true":
			case "yes":
				return true;
			case "false":
			case "no":
				return false;
			default:
				throw RevisionFileParser.error(resource, lineOf(text.split("\n", -1), "transactional"),
						"'Transactional: " + value + "' must be true or false");
		}
	}

	private static int lineOf(String[] lines, String key) {
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].toLowerCase(Locale.ROOT).contains(key)) {
				return i + 1;
			}
		}
		return 1;
	}

	static List<String> list(String raw) {
		String value = ((raw.indexOf('(') >= 0) ? Parenthesised.PATTERN.matcher(raw).replaceAll("") : raw).strip();
		if (NONE.contains(value.toLowerCase(Locale.ROOT))) {
			return List.of();
		}
		// value.split("[,\\s]+") without its empty items, without compiling the pattern on every call
		List<String> items = new ArrayList<>(2);
		int from = -1;
		for (int i = 0; i <= value.length(); i++) {
			boolean separator = (i == value.length()) || value.charAt(i) == ','
					|| PatternChars.isSpace(value.charAt(i));
			if (separator && from >= 0) {
				items.add(value.substring(from, i));
				from = -1;
			}
			else if (!separator && from < 0) {
				from = i;
			}
		}
		return List.copyOf(items);
	}

	// Compiled on first use: a header value seldom holds a parenthesis.
	private static final class Parenthesised {

		static final Pattern PATTERN = Pattern.compile("\\([^)]*\\)");

	}

}
