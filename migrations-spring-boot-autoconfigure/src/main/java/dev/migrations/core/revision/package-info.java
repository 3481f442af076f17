/**
 * Internal: no compatibility guarantee, except for the types the {@code Migrations} facade uses.
 */
@NullMarked
package dev.migrations.core.revision;

import org.jspecify.annotations.NullMarked;
