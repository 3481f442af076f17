/**
 * The one exception type of the engine and its error codes, shared by every layer.
 */
@NullMarked
package dev.migrations.core.error;

import org.jspecify.annotations.NullMarked;
