package dev.migrations.cli;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What commands read from the application's configuration besides the {@code Migrations} bean.
 *
 * @param revisionDirectory where {@code revision} and {@code merge} write new files
 * @param url the JDBC URL of the migrated database, which decides the dialect of {@code --sql}, or {@code null}
 */
record Settings(Path revisionDirectory, @Nullable String url) {

}
