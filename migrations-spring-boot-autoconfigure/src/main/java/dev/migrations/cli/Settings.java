package dev.migrations.cli;

import org.jspecify.annotations.Nullable;

/**
 * What commands read from the application's configuration besides the {@code Migrations} bean.
 *
 * @param url the JDBC URL of the migrated database, which decides the dialect of {@code --sql}, or {@code null}
 */
record Settings(@Nullable String url) {

}
