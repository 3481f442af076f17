package dev.migrations.autoconfigure.testcontainers;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

import dev.migrations.autoconfigure.MigrationsConnectionDetails;

/**
 * Creates {@link MigrationsConnectionDetails} from a {@code @ServiceConnection} JDBC container, so that the starter
 * migrates the container's database even where {@code migrations.url} points elsewhere, as Spring Boot does for
 * Flyway and Liquibase.
 */
class MigrationsContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigrationsConnectionDetails> {

	@Override
	protected MigrationsConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
		return new MigrationsContainerConnectionDetails(source);
	}

	/**
	 * {@link MigrationsConnectionDetails} of a running JDBC container.
	 */
	private static final class MigrationsContainerConnectionDetails
			extends ContainerConnectionDetails<JdbcDatabaseContainer<?>> implements MigrationsConnectionDetails {

		private MigrationsContainerConnectionDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
			super(source);
		}

		@Override
		public String getJdbcUrl() {
			return getContainer().getJdbcUrl();
		}

		@Override
		public String getUsername() {
			return getContainer().getUsername();
		}

		@Override
		public String getPassword() {
			return getContainer().getPassword();
		}

		@Override
		public String getDriverClassName() {
			return getContainer().getDriverClassName();
		}

	}

}
