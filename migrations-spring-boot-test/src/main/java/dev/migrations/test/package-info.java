/**
 * A JUnit 5 test kit for a project's revisions: {@link dev.migrations.test.MigrationsTest} starts only the DataSource
 * and the migrations beans, and {@link dev.migrations.test.MigrationsTestSuite} turns the revisions into dynamic
 * tests: a single head, base to head and back, the stairway, no trace left by a downgrade, offline SQL.
 */
@NullMarked
package dev.migrations.test;

import org.jspecify.annotations.NullMarked;
