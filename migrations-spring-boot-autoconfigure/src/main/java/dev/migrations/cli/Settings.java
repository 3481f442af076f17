package dev.migrations.cli;

import org.jspecify.annotations.Nullable;

/**
 * What commands read from the application's configuration besides the {@code Migrations} bean.
 *
 * @param url the JDBC URL of the migrated database, which decides the dialect of {@code --sql}, or {@code null}
 * @param revisionSource where the revisions are read from when that is not what the configuration says (the source
 * tree of a checkout), or {@code null}
 */
record Settings(@Nullable String url, @Nullable String revisionSource) {

	/**
	 * Settings with a URL and the configured revisions.
	 * @param url the JDBC URL, or {@code null}
	 */
	Settings(@Nullable String url) {
		this(url, null);
	}

}
