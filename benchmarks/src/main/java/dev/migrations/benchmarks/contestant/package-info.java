/**
 * The JVM contestants, each one class so that a fresh JVM loads only the tool it measures.
 */
@NullMarked
package dev.migrations.benchmarks.contestant;

import org.jspecify.annotations.NullMarked;
