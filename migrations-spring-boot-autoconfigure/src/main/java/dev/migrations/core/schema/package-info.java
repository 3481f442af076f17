/**
 * The schema model: tables, columns with portable types, keys, indexes, foreign keys and checks, as values. Live
 * databases are read into it, portable operations change it, and autogenerate compares two of them. Pure values: no
 * JDBC, no dialect.
 */
@NullMarked
package dev.migrations.core.schema;

import org.jspecify.annotations.NullMarked;
