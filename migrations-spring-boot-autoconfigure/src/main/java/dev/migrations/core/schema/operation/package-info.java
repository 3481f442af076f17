/**
 * Portable schema operations as values: each one says how it changes a {@link dev.migrations.core.schema.Schema}
 * ({@code apply}) and what undoes it ({@code reverse}), so that a sequence can be simulated, rendered per dialect and
 * reversed into a downgrade. Pure values: no JDBC, no dialect. Internal: no compatibility guarantee.
 */
@NullMarked
package dev.migrations.core.schema.operation;

import org.jspecify.annotations.NullMarked;
