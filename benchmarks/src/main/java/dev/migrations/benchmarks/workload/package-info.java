/**
 * The workload W(N), written in each contestant's native format.
 */
@NullMarked
package dev.migrations.benchmarks.workload;

import org.jspecify.annotations.NullMarked;
