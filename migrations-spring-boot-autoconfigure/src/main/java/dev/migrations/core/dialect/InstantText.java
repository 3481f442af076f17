package dev.migrations.core.dialect;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Writes an instant as {@link Instant#toString()} does, ISO-8601 in UTC ({@code 2026-12-07T15:54:03.839701Z}),
 * without {@code java.time.format}: SQLite keeps history times and the lock holder's line as this text, and a start
 * that applies a revision would otherwise load and initialise the formatter classes for it. The digits are written
 * by hand, not by {@code LocalDateTime.toString()}: each step writes two times, mostly before the JIT has compiled
 * anything, and building the text from its parts took four times as long.
 */
final class InstantText {

	// 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: years of four digits, which both print without a sign.
	private static final long FIRST_SECOND = -62_167_219_200L;

	private static final long END_SECOND = 253_402_300_800L;

	private static final int SECONDS_PER_DAY = 86_400;

	private static final int NANOS_PER_SECOND = 1_000_000_000;

	private static final int LONGEST = "0000-00-00T00:00:00.000000000Z".length();

	private InstantText() {
	}

	/**
	 * Returns the text of an instant.
	 * @param instant the instant
	 * @return the same text as {@link Instant#toString()}
	 */
	static String of(Instant instant) {
		long seconds = instant.getEpochSecond();
		return (seconds < FIRST_SECOND || seconds >= END_SECOND) ? instant.toString()
				: text(seconds, instant.getNano());
	}

	/**
	 * Returns the text of an instant rounded half up to microseconds, the precision PostgreSQL keeps, as pgjdbc rounds
	 * an {@code OffsetDateTime} it binds.
	 * @param instant the instant
	 * @return the text, with at most six fraction digits
	 */
	static String ofMicros(Instant instant) {
		long seconds = instant.getEpochSecond();
		if (seconds < FIRST_SECOND || seconds >= END_SECOND - 1) {
			return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
		}
		int nanos = instant.getNano() + 500;
		if (nanos >= NANOS_PER_SECOND) {
			seconds++;
			nanos -= NANOS_PER_SECOND;
		}
		return text(seconds, nanos - nanos % 1000);
	}

	// The date, the time, the fraction in groups of three digits when it is not zero, and 'Z', as ISO_INSTANT prints.
	private static String text(long seconds, int nanos) {
		int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
		LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
		byte[] text = new byte[LONGEST];
		digits(text, 0, date.getYear(), 4);
		text[4] = '-';
		digits(text, 5, date.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, date.getDayOfMonth(), 2);
		text[10] = 'T';
		digits(text, 11, secondOfDay / 3600, 2);
		text[13] = ':';
		digits(text, 14, secondOfDay / 60 % 60, 2);
		text[16] = ':';
		digits(text, 17, secondOfDay % 60, 2);
		int end = 19;
		if (nanos != 0) {
			text[end++] = '.';
			if (nanos % 1_000_000 == 0) {
				end = digits(text, end, nanos / 1_000_000, 3);
			}
			else if (nanos % 1_000 == 0) {
				end = digits(text, end, nanos / 1_000, 6);
			}
			else {
				end = digits(text, end, nanos, 9);
			}
		}
		text[end++] = 'Z';
		return new String(text, 0, end, StandardCharsets.ISO_8859_1);
	}

	// Writes value as count decimal digits from index at, zeros in front; returns the index after them.
	private static int digits(byte[] text, int at, int value, int count) {
		int rest = value;
		for (int i = at + count - 1; i >= at; i--) {
			text[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
		return at + count;
	}

}
