package dev.migrations.sample;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.migrations.core.Migrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Testcontainers PostgreSQL as a {@code @ServiceConnection}: it feeds the application's DataSource and the
 * migration DataSource, which it takes over from {@code migrations.url}. Runs where Docker runs; Testcontainers
 * disables it elsewhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "migrations.url=jdbc:postgresql://production.invalid:5432/app")
@ActiveProfiles("test")
class SampleApplicationContainerTests {

	@Container
	@ServiceConnection
	static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");

	@Autowired
	private Migrations migrations;

	@Test
	void migratesTheContainersDatabase() throws SQLException {
		assertThat(this.migrations.current()).containsExactly("a41c7e29b5d8");
		try (Connection connection = this.migrations.dataSource().getConnection()) {
			assertThat(connection.getMetaData().getURL()).isEqualTo(postgres.getJdbcUrl());
		}
	}

}
