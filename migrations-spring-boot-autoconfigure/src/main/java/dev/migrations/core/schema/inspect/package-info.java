/**
 * Introspection: reads a live database into the {@link dev.migrations.core.schema schema model}, from the catalogs
 * of PostgreSQL, the schema table and pragmas of SQLite, or plain JDBC metadata for other databases. Uses JDBC, but
 * neither the dialects nor the runtime: {@link dev.migrations.core.schema.inspect.SchemaInspector} is the entry
 * point.
 */
@NullMarked
package dev.migrations.core.schema.inspect;

import org.jspecify.annotations.NullMarked;
