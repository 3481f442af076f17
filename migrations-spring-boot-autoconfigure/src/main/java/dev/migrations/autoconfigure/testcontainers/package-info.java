/**
 * Testcontainers service connections for the migration DataSource.
 */
@NullMarked
package dev.migrations.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
