package dev.migrations.core.api;

import java.util.Locale;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A span of revisions, {@code START:END}, as {@code history -r} and offline SQL take it: the revisions that descend
 * from START and are ancestors of END, both included. Either side may be empty: an empty start is {@code base}, an
 * empty end is {@code heads}. Each side is {@code base}, {@code heads} (or {@code head}), {@code current} or a
 * revision.
 *
 * @param start the lower end as written, stripped; empty for {@code base}
 * @param end the upper end as written, stripped; empty for {@code heads}
 */
public record Range(String start, String end) {

	/** Every revision. */
	public static final Range ALL = new Range("", "");

	public Range {
		start = start.strip();
		end = end.strip();
	}

	/**
	 * Parses {@code START:END}.
	 * @param text the range
	 * @return the range
	 * @throws MigrationsException with {@link ErrorCode#INVALID_TARGET} without a colon
	 */
	public static Range parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			throw new MigrationsException(ErrorCode.INVALID_TARGET,
					"Invalid range '" + text + "': write START:END, either side may be empty");
		}
		return new Range(text.substring(0, colon), text.substring(colon + 1));
	}

	/**
	 * Parses {@code START:END}, or {@code END} alone for the revisions from {@code base} to it.
	 * @param text the range or its end
	 * @return the range
	 */
	public static Range parseOrEnd(String text) {
		return (text.indexOf(':') >= 0) ? parse(text) : new Range("", text);
	}

	/**
	 * Whether the range starts at {@code base}, below every revision.
	 * @return {@code true} for an empty start or {@code base}
	 */
	public boolean fromBase() {
		return this.start.isEmpty() || this.start.equalsIgnoreCase("base");
	}

	/**
	 * Whether the range ends at the heads, above every revision.
	 * @return {@code true} for an empty end, {@code heads} or {@code head}
	 */
	public boolean toHeads() {
		String lower = this.end.toLowerCase(Locale.ROOT);
		return lower.isEmpty() || lower.equals("heads") || lower.equals("head");
	}

	@Override
	public String toString() {
		return this.start + ":" + this.end;
	}

}
