package dev.migrations.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrations.core.Migrations;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void migratesAtStartupAndServesUsersAndTasks(TestDatabase database) throws Exception {
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(Migrations.class).current()).containsExactly("a41c7e29b5d8");
			assertThat(SchemaSnapshot.of(database).tables()).containsKeys("users", "tasks", "migrations_version",
					"migrations_history");
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> created = post(base + "/users", "{\"email\":\"ada@example.com\"}");
			assertThat(created.statusCode()).isEqualTo(201);
			String userId = this.json.readTree(created.body()).get("id").asString();
			HttpResponse<String> task = post(base + "/users/" + userId + "/tasks",
					"{\"title\":\"Write the migration\",\"dueDate\":\"2026-12-01\"}");
			assertThat(task.statusCode()).isEqualTo(201);
			JsonNode taskJson = this.json.readTree(task.body());
			assertThat(taskJson.get("dueDate").asString()).isEqualTo("2026-12-01");
			assertThat(taskJson.get("completed").asBoolean()).isFalse();
			HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/tasks/" + taskJson.get("id")))
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"completed\":true}"))
				.header("Content-Type", "application/json")
				.build());
			assertThat(this.json.readTree(done.body()).get("completed").asBoolean()).isTrue();
			JsonNode tasks = this.json.readTree(get(base + "/users/" + userId + "/tasks").body());
			assertThat(tasks).hasSize(1);
			assertThat(post(base + "/users", "{\"email\":\"ada@example.com\"}").statusCode()).isEqualTo(409);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void restartAppliesNothing(TestDatabase database) throws SQLException {
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(Migrations.class).historyRecords(10)).hasSize(2);
		}
		SchemaSnapshot before = SchemaSnapshot.of(database);
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(Migrations.class).historyRecords(10)).hasSize(2);
		}
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void prodProfileCanValidateInsteadOfMigrating(TestDatabase database, CapturedOutput output) throws SQLException {
		String[] arguments = { "--DATABASE_URL=" + database.url(), "--DATABASE_USER=" + database.user(),
				"--DATABASE_PASSWORD=" + database.password(), "--MIGRATIONS_STARTUP=validate", "--server.port=0" };
		assertThatException().isThrownBy(() -> prod().run(arguments));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The database is not at the heads of the revision files, and migrations.startup=validate does"
					+ " not migrate it.")
			.contains("    5ec6405addd0  Initial database schema")
			.contains("    a41c7e29b5d8  Add a due date to tasks")
			.contains("by running it with the arguments 'migrations upgrade heads'");
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(Migrations.class).current()).containsExactly("a41c7e29b5d8");
		}
		try (ConfigurableApplicationContext context = prod().run(arguments)) {
			assertThat(context.getBean(Migrations.class).config().lockTimeout()).hasMinutes(2);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void testProfileRunsAllRevisionsInOneTransaction(TestDatabase database) {
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(context.getBean(Migrations.class).config().transactionPerMigration()).isFalse();
			assertThat(context.getBean(Migrations.class).historyRecords(10)).hasSize(2);
		}
	}

	private static SpringApplicationBuilder prod() {
		return new SpringApplicationBuilder(SampleApplication.class).profiles("prod");
	}

	private ConfigurableApplicationContext start(TestDatabase database) {
		Stream<String> properties = Stream.concat(Stream.of(database.springProperties()), Stream.of("server.port=0"));
		return new SpringApplicationBuilder(SampleApplication.class).profiles("test")
			.run(properties.map((property) -> "--" + property).toArray(String[]::new));
	}

	private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.build());
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
