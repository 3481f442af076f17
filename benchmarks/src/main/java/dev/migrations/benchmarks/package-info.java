/**
 * Side-by-side benchmarks of the engine against the database's own client, raw JDBC, Flyway and Liquibase. The
 * {@link dev.migrations.benchmarks.Benchmark} driver starts every measured run in a fresh JVM.
 */
@NullMarked
package dev.migrations.benchmarks;

import org.jspecify.annotations.NullMarked;
