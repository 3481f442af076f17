/**
 * The difference between two schemas as portable operations: what {@code revision --autogenerate} writes and what
 * {@code check} reports. Pure: no JDBC, no files, no logging. Internal: no compatibility guarantee.
 */
@NullMarked
package dev.migrations.core.schema.diff;

import org.jspecify.annotations.NullMarked;
