/**
 * Rendering portable operations as each dialect's SQL: one {@link dev.migrations.core.schema.render.SchemaRenderer}
 * per database, which its {@code Dialect} returns, including SQLite's table rebuilds for what its ALTER TABLE cannot
 * do. Produces SQL text only: no JDBC. Internal: no compatibility guarantee.
 */
@NullMarked
package dev.migrations.core.schema.render;

import org.jspecify.annotations.NullMarked;
