package dev.migrations.autoconfigure;

import dev.migrations.core.MigrationsBuilder;

/**
 * Changes an engine's settings after the {@code migrations.*} properties are applied, for what properties cannot
 * express, such as a {@code MigrationListener} or a {@code Clock}. Customizer beans apply, in order, to every engine the
 * starter creates, including those of {@code migrations.instances}.
 */
@FunctionalInterface
public interface MigrationsCustomizer {

	/**
	 * Customizes an engine's builder.
	 * @param builder the builder, with the properties applied
	 */
	void customize(MigrationsBuilder builder);

}
