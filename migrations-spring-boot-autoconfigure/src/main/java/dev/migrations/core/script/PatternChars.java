package dev.migrations.core.script;

/**
 * The character rules of {@code java.util.regex} with its default flags, for the scans that stand in for patterns on
 * a start's path (a file's header, a statement's first keyword): what {@code \s} matches, and what
 * {@code CASE_INSENSITIVE} without {@code UNICODE_CASE} takes for equal.
 */
public final class PatternChars {

	private PatternChars() {
	}

	/**
	 * Whether a character is one {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}.
	 * @param c the character
	 * @return {@code true} for space, tab, line feed, vertical tab, form feed and carriage return
	 */
	public static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/**
	 * Skips what {@code \s*} matches.
	 * @param text the text
	 * @param from where to start
	 * @return the first position from {@code from} on that is not such a space, or the text's length
	 */
	public static int skipSpaces(String text, int from) {
		int position = from;
		while (position < text.length() && isSpace(text.charAt(position))) {
			position++;
		}
		return position;
	}

	/**
	 * Whether text holds a lower-case word at an offset, ignoring the case of ASCII letters only.
	 * @param text the text
	 * @param offset where the word would start
	 * @param lowerCase the word, in lower case
	 * @return {@code true} when it is there
	 */
	public static boolean regionMatchesIgnoringAsciiCase(String text, int offset, String lowerCase) {
		if (offset < 0 || offset + lowerCase.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < lowerCase.length(); i++) {
			char c = text.charAt(offset + i);
			if (((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c) != lowerCase.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
