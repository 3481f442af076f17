/**
 * What operators see: the {@code migrations} actuator endpoint, the {@code migrations} health indicator and the
 * Micrometer meters and observations, all built on the {@link dev.migrations.core.Migrations} facade.
 */
@NullMarked
package dev.migrations.actuate;

import org.jspecify.annotations.NullMarked;
