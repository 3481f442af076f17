package dev.migrations.core.dialect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes an instant as {@link Instant#toString()} does, ISO-8601 in UTC ({@code 2026-12-07T15:54:03.839701Z}),
 * without {@code java.time.format}: SQLite keeps history times and the lock holder's line as this text, and a start
 * that applies a revision would otherwise load and initialise the formatter classes for it.
 */
final class InstantText {

	// 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: years of four digits, which both print without a sign.
	private static final long FIRST_SECOND = -62_167_219_200L;

	private static final long END_SECOND = 253_402_300_800L;

	private static final int WITHOUT_SECONDS = "2026-01-01T00:00".length();

	private InstantText() {
	}

	/**
	 * Returns the text of an instant.
	 * @param instant the instant
	 * @return the same text as {@link Instant#toString()}
	 */
	static String of(Instant instant) {
		// LocalDateTime prints by hand, with the same groups of three fraction digits, but leaves out zero seconds.
		long seconds = instant.getEpochSecond();
		if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
			return instant.toString();
		}
		String text = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC).toString();
		return (text.length() == WITHOUT_SECONDS) ? text + ":00Z" : text + "Z";
	}

	/**
	 * Returns the text of an instant rounded half up to microseconds, the precision PostgreSQL keeps, as pgjdbc rounds
	 * an {@code OffsetDateTime} it binds.
	 * @param instant the instant
	 * @return the text, with at most six fraction digits
	 */
	static String ofMicros(Instant instant) {
		return of(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
	}

}
