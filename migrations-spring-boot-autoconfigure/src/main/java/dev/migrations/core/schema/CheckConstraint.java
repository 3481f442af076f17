package dev.migrations.core.schema;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint.
 *
 * @param name the constraint name, or {@code null} for an unnamed check
 * @param expression the condition as SQL, without the surrounding {@code CHECK (...)}
 */
public record CheckConstraint(@Nullable String name, String expression) {

}
