/**
 * The public API: the {@link dev.migrations.core.Migrations} facade, one method per command, and its results.
 */
@NullMarked
package dev.migrations.core;

import org.jspecify.annotations.NullMarked;
