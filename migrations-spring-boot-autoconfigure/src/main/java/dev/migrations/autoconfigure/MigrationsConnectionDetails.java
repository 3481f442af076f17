package dev.migrations.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the starter connects to migrate the application's database, when not through the application's DataSource:
 * from {@code migrations.url}, {@code migrations.user} and {@code migrations.password}, or from a service connection
 * such as a Testcontainers {@code @ServiceConnection} database.
 */
public interface MigrationsConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the JDBC URL to migrate through, or {@code null} to use the application's DataSource.
	 * @return the JDBC URL
	 */
	@Nullable String getJdbcUrl();

	/**
	 * Returns the user to log in as, or {@code null} for the application's.
	 * @return the user
	 */
	@Nullable String getUsername();

	/**
	 * Returns the password to log in with.
	 * @return the password
	 */
	@Nullable String getPassword();

	/**
	 * Returns the JDBC driver class, or {@code null} to derive it from the URL.
	 * @return the driver class name
	 */
	default @Nullable String getDriverClassName() {
		return null;
	}

}
