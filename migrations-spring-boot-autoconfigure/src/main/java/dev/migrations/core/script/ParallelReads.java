package dev.migrations.core.script;

/**
 * When a location's files are worth reading on the common pool as well as on the calling thread: from a few hundred
 * files on. Below that, the files take a few milliseconds in all, less than a fresh JVM spends starting the pool's
 * worker and loading the classes of parallel streams, which a start at head would pay for nothing else.
 */
final class ParallelReads {

	/** The fewest files read in parallel. */
	static final int THRESHOLD = 256;

	private ParallelReads() {
	}

	/**
	 * Tells whether so many files are read in parallel.
	 * @param files how many files (or directory entries) there are
	 * @return whether to use the common pool
	 */
	static boolean worthIt(int files) {
		return files >= THRESHOLD;
	}

}
