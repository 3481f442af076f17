/**
 * The command line: {@code java -jar app.jar migrations <command>} runs one command through the application's own
 * context, profiles and DataSource, instead of serving.
 */
@NullMarked
package dev.migrations.cli;

import org.jspecify.annotations.NullMarked;
