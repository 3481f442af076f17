package dev.migrations.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Adapts the {@code url}, {@code user} and {@code password} settings to {@link MigrationsConnectionDetails}.
 */
final class PropertiesMigrationsConnectionDetails implements MigrationsConnectionDetails {

	private final MigrationsSettings settings;

	PropertiesMigrationsConnectionDetails(MigrationsSettings settings) {
		this.settings = settings;
	}

	@Override
	public @Nullable String getJdbcUrl() {
		return this.settings.getUrl();
	}

	@Override
	public @Nullable String getUsername() {
		return this.settings.getUser();
	}

	@Override
	public @Nullable String getPassword() {
		return this.settings.getPassword();
	}

}
