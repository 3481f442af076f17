package dev.migrations.core.script;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores in {@code flyway_schema_history} for an SQL migration: a CRC32 over the script's lines
 * without their line terminators, a leading byte-order mark dropped, as a signed int. Comparing it tells whether a
 * script still holds what Flyway ran.
 */
public final class FlywayChecksum {

	private FlywayChecksum() {
	}

	/**
	 * Computes the checksum of a script's text.
	 * @param content the script
	 * @return the checksum as Flyway stores it
	 */
	public static int of(String content) {
		String text = (!content.isEmpty() && content.charAt(0) == '\uFEFF') ? content.substring(1) : content;
		CRC32 crc = new CRC32();
		int start = 0;
		int length = text.length();
		while (start < length) {
			int end = start;
			while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			crc.update(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
			if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
				end++;
			}
			start = end + 1;
		}
		return (int) crc.getValue();
	}

}
