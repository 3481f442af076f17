package dev.migrations.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The calling thread's CPU time, read from Linux's {@code /proc/thread-self/schedstat}: unlike wall time, a wait for
 * a core does not inflate it, and unlike {@code ThreadMXBean} it loads no management classes into the measured JVM.
 */
final class ThreadCpu {

	/** What {@link #now()} returns where the figure cannot be read. */
	static final long UNKNOWN = -1;

	private ThreadCpu() {
	}

	/**
	 * Returns the calling thread's CPU time so far.
	 * @return nanoseconds, or {@link #UNKNOWN}
	 */
	static long now() {
		try (FileInputStream in = new FileInputStream("/proc/thread-self/schedstat")) {
			String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
			int end = text.indexOf(' ');
			return Long.parseLong((end < 0) ? text.strip() : text.substring(0, end));
		}
		catch (IOException | RuntimeException ex) {
			return UNKNOWN;
		}
	}

	/**
	 * Returns the calling thread's CPU time since an earlier reading.
	 * @param start what {@link #now()} returned then
	 * @return nanoseconds, or {@link #UNKNOWN} when either reading is unknown
	 */
	static long since(long start) {
		long now = now();
		return (start == UNKNOWN || now == UNKNOWN) ? UNKNOWN : now - start;
	}

}
