package dev.migrations.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see, over real HTTP against the running sample application on SQLite and PostgreSQL:
 * {@code /actuator/migrations}, the {@code migrations} health indicator and the meters, through pending revisions,
 * upgrades, an edited revision file, a database ahead of the code and a revision that failed half-way. The database
 * password is set both in the JDBC URL and as {@code spring.datasource.password}; no response may contain it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsActuatorTests {

	private static final String SECRET = "s3cret-Pa55word";

	private static final String INITIAL = "5ec6405addd0";

	private static final String DUE_DATE = "a41c7e29b5d8";

	private static final String BROKEN = "b7e1c0de4f2a";

	private static final String DUE_DATE_FILE = "2026_02_03_0930-a41c7e29b5d8_add_task_due_date.sql";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> responses = new ArrayList<>();

	@TempDir
	Path revisions;

	@AfterEach
	void noResponseContainsThePassword() {
		assertThat(this.responses).isNotEmpty().noneMatch((body) -> body.contains(SECRET));
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void reportsPendingRevisionsThenEachUpgradeMadeThroughTheEndpoint(TestDatabase database) throws Exception {
		copyRevisions();
		try (ConfigurableApplicationContext context = start(database, "migrations.startup=none",
				"migrations.endpoint.upgrade-enabled=true")) {
			String base = base(context);
			JsonNode pending = report(base, "");
			assertThat(pending.get("status").asString()).isEqualTo("PENDING");
			assertThat(pending.get("dialect").asString()).isEqualTo(database.dialect());
			assertThat(pending.get("databaseProduct").asString())
				.containsIgnoringCase(database.dialect().substring(0, 6));
			assertThat(pending.get("databaseVersion").asString()).matches("\\d+\\.\\d+.*");
			assertThat(pending.get("url").asString()).startsWith("jdbc:" + database.dialect()).contains("<masked>");
			assertThat(ids(pending.get("current"))).isEmpty();
			assertThat(ids(pending.get("heads"))).containsExactly(DUE_DATE);
			assertThat(ids(pending.get("pending"), "revision")).containsExactly(INITIAL, DUE_DATE);
			assertThat(pending.get("pending").get(1).get("message").asString()).isEqualTo("Add a due date to tasks");
			assertThat(pending.get("pending").get(1).get("file").asString()).endsWith(DUE_DATE_FILE);
			assertThat(pending.get("history")).isEmpty();
			assertThat(pending.get("problems")).isEmpty();
			assertHealth(base, 503, "OUT_OF_SERVICE", "PENDING");
			assertThat(measurement(base, "migrations.pending", "VALUE", "datasource:dataSource")).isEqualTo(2);

			HttpResponse<String> first = post(base + "/actuator/migrations", "{\"target\": \"5ec6\"}");
			assertThat(first.statusCode()).isEqualTo(200);
			JsonNode firstUpgrade = this.json.readTree(first.body());
			assertThat(ids(firstUpgrade.get("steps"), "revision")).containsExactly(INITIAL);
			assertThat(ids(firstUpgrade.get("current"))).containsExactly(INITIAL);
			assertShapeIsDocumented("upgrade", firstUpgrade);
			JsonNode partial = report(base, "");
			assertThat(partial.get("status").asString()).isEqualTo("PENDING");
			assertThat(ids(partial.get("current"))).containsExactly(INITIAL);
			assertThat(ids(partial.get("pending"), "revision")).containsExactly(DUE_DATE);
			assertThat(ids(partial.get("history"), "revision")).containsExactly(INITIAL);
			assertShapeIsDocumented("report", document(base, ""));

			assertThat(post(base + "/actuator/migrations", "{}").statusCode()).isEqualTo(200);
			JsonNode upToDate = report(base, "");
			assertThat(upToDate.get("status").asString()).isEqualTo("UP_TO_DATE");
			assertThat(ids(upToDate.get("current"))).containsExactly(DUE_DATE);
			assertThat(upToDate.get("pending")).isEmpty();
			assertThat(ids(upToDate.get("history"), "revision")).containsExactly(DUE_DATE, INITIAL);
			JsonNode latest = upToDate.get("history").get(0);
			assertThat(latest.get("direction").asString()).isEqualTo("upgrade");
			assertThat(latest.get("outcome").asString()).isEqualTo("SUCCESS");
			assertThat(latest.get("checksum").asString()).matches("[0-9a-f]{8}");
			assertThat(latest.get("file").asString()).endsWith(DUE_DATE_FILE);
			assertThat(latest.get("durationMs").isNumber()).isTrue();
			assertThat(latest.get("user").asString()).isNotBlank();
			assertThat(latest.get("startedAt").asString()).isNotBlank();
			assertThat(ids(report(base, "?limit=1").get("history"), "revision")).containsExactly(DUE_DATE);
			assertHealth(base, 200, "UP", "UP_TO_DATE");

			JsonNode revision = this.json.readTree(get(base + "/actuator/migrations/" + DUE_DATE).body())
				.get("dataSources");
			assertShapeIsDocumented("revision", this.json.readTree(get(base + "/actuator/migrations/5ec6").body()));
			JsonNode dueDate = revision.get("dataSource");
			assertThat(dueDate.get("applied").asBoolean()).isTrue();
			assertThat(dueDate.get("current").asBoolean()).isTrue();
			assertThat(ids(dueDate.get("revises"))).containsExactly(INITIAL);
			assertThat(dueDate.get("upgrade").get(0).get("sql").asString())
				.isEqualTo("ALTER TABLE tasks ADD COLUMN due_date DATE;");
			assertThat(dueDate.get("downgrade").get(0).get("sql").asString())
				.isEqualTo("ALTER TABLE tasks DROP COLUMN due_date;");
			assertThat(get(base + "/actuator/migrations/ffffffffffff").statusCode()).isEqualTo(404);
			HttpResponse<String> invalid = post(base + "/actuator/migrations", "{\"target\": \"nope\"}");
			assertThat(invalid.statusCode()).isEqualTo(400);
			assertShapeIsDocumented("error", this.json.readTree(invalid.body()));
			assertThat(this.json.readTree(invalid.body()).get("error").get("code").asString())
				.isEqualTo("UNKNOWN_REVISION");

			String[] step = { "datasource:dataSource", "revision:" + DUE_DATE, "direction:upgrade", "outcome:success" };
			assertThat(measurement(base, "migrations.steps", "COUNT", step)).isEqualTo(1);
			assertThat(measurement(base, "migrations.step.duration", "COUNT", step)).isEqualTo(1);
			assertThat(tags(base, "migrations.steps")).containsExactlyInAnyOrder("datasource", "revision", "direction",
					"outcome");
			assertThat(measurement(base, "migrations.lock.wait", "COUNT", "datasource:dataSource")).isEqualTo(3);
			assertThat(measurement(base, "migrations.command", "COUNT", "datasource:dataSource", "command:upgrade"))
				.isEqualTo(3);
			assertThat(measurement(base, "migrations.pending", "VALUE", "datasource:dataSource")).isZero();
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void upgradesAtStartupLogsTheSummaryAndOffersNoUpgradeUnlessEnabled(TestDatabase database, CapturedOutput output)
			throws Exception {
		copyRevisions();
		// The test support's logback-test.xml keeps dev.migrations at WARN; the application sets INFO as services do.
		try (ConfigurableApplicationContext context = start(database, "logging.level.dev.migrations=INFO")) {
			String base = base(context);
			assertThat(report(base, "").get("status").asString()).isEqualTo("UP_TO_DATE");
			assertHealth(base, 200, "UP", "UP_TO_DATE");
			assertThat(output)
				.containsPattern("Running upgrade <base> -> 5ec6405addd0, Initial database schema \\(\\d+ ms\\)")
				.containsPattern("Running upgrade 5ec6405addd0 -> a41c7e29b5d8, Add a due date to tasks \\(\\d+ ms\\)")
				.containsPattern("Migrated 'dataSource' \\(" + database.dialect()
						+ " \\d+\\.\\d+[.\\d]*\\) from <base> to a41c7e29b5d8: 2 revisions in \\d+ ms");
			assertThat(output).doesNotContain(SECRET);
			assertThat(post(base + "/actuator/migrations", "{\"target\": \"base\"}").statusCode()).isEqualTo(405);
			assertThat(ids(report(base, "").get("current"))).containsExactly(DUE_DATE);
			assertThat(measurement(base, "migrations.steps", "COUNT", "datasource:dataSource", "revision:" + INITIAL))
				.isEqualTo(1);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void reportsAChecksumMismatchWhenAnAppliedFileChanged(TestDatabase database) throws Exception {
		copyRevisions();
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(report(base(context), "").get("status").asString()).isEqualTo("UP_TO_DATE");
		}
		Path file = this.revisions.resolve(DUE_DATE_FILE);
		Files.writeString(file, Files.readString(file).replace("due_date DATE", "due_date TIMESTAMP"));
		try (ConfigurableApplicationContext context = start(database, "migrations.startup=none")) {
			String base = base(context);
			JsonNode edited = report(base, "");
			assertThat(edited.get("status").asString()).isEqualTo("CHECKSUM_MISMATCH");
			assertThat(edited.get("problems")).singleElement().satisfies((problem) -> {
				assertThat(problem.get("status").asString()).isEqualTo("CHECKSUM_MISMATCH");
				assertThat(problem.get("revision").asString()).isEqualTo(DUE_DATE);
				assertThat(problem.get("message").asString()).contains(file.toString());
			});
			assertShapeIsDocumented("problems", document(base, ""));
			JsonNode health = assertHealth(base, 503, "DOWN", "CHECKSUM_MISMATCH");
			assertThat(health.get("details").get("problems").get(0).asString()).contains(DUE_DATE);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void reportsADatabaseAheadOfTheCode(TestDatabase database) throws Exception {
		copyRevisions();
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(report(base(context), "").get("status").asString()).isEqualTo("UP_TO_DATE");
		}
		Files.delete(this.revisions.resolve(DUE_DATE_FILE));
		try (ConfigurableApplicationContext context = start(database, "migrations.startup=none")) {
			String base = base(context);
			JsonNode ahead = report(base, "");
			assertThat(ahead.get("status").asString()).isEqualTo("AHEAD");
			assertThat(ids(ahead.get("current"))).containsExactly(DUE_DATE);
			assertThat(ids(ahead.get("heads"))).containsExactly(INITIAL);
			assertThat(ahead.get("pending")).isEmpty();
			assertThat(ids(ahead.get("problems"), "revision")).containsExactly(DUE_DATE);
			assertHealth(base, 503, "DOWN", "AHEAD");
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void reportsARevisionThatFailedHalfWay(TestDatabase database) throws Exception {
		copyRevisions();
		Files.writeString(this.revisions.resolve("2026_03_01_1200-" + BROKEN + "_broken_backfill.sql"), """
				-- Backfill due dates
				--
				-- Revision: %s
				-- Revises: %s
				-- Transactional: false

				-- migrations:upgrade
				UPDATE tasks SET due_date = NULL;
				UPDATE no_such_table SET x = 1;

				-- migrations:downgrade
				""".formatted(BROKEN, DUE_DATE));
		try (ConfigurableApplicationContext context = start(database, "migrations.startup=none",
				"migrations.endpoint.upgrade-enabled=true")) {
			String base = base(context);
			HttpResponse<String> failed = post(base + "/actuator/migrations", "{}");
			assertThat(failed.statusCode()).isEqualTo(500);
			assertThat(this.json.readTree(failed.body()).get("error").get("code").asString()).isEqualTo("SQL_FAILED");
			JsonNode report = report(base, "");
			assertThat(report.get("status").asString()).isEqualTo("FAILED");
			assertThat(ids(report.get("current"))).containsExactly(DUE_DATE);
			assertThat(ids(report.get("problems"), "revision")).containsExactly(BROKEN);
			assertThat(report.get("history").get(0).get("outcome").asString()).isEqualTo("FAILED");
			assertHealth(base, 503, "DOWN", "FAILED");
			assertThat(measurement(base, "migrations.steps", "COUNT", "revision:" + BROKEN, "outcome:failure"))
				.isEqualTo(1);
			assertThat(measurement(base, "migrations.command", "COUNT", "command:upgrade", "error:MigrationsException"))
				.isEqualTo(1);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void pendingRevisionsCanLeaveTheInstanceUp(TestDatabase database) throws Exception {
		copyRevisions();
		try (ConfigurableApplicationContext context = start(database, "migrations.startup=none",
				"management.health.migrations.pending-status=UP")) {
			String base = base(context);
			assertHealth(base, 200, "UP", "PENDING");
			assertShapeIsDocumented("health", this.json.readTree(get(base + "/actuator/health").body())
				.get("components")
				.get("migrations"));
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void readOnlyAccessRemovesTheEnabledUpgrade(TestDatabase database) throws Exception {
		copyRevisions();
		try (ConfigurableApplicationContext context = start(database, "migrations.startup=none",
				"migrations.endpoint.upgrade-enabled=true", "management.endpoint.migrations.access=read-only")) {
			String base = base(context);
			assertThat(post(base + "/actuator/migrations", "{}").statusCode()).isEqualTo(405);
			assertThat(report(base, "").get("status").asString()).isEqualTo("PENDING");
		}
	}

	// The test's own revisions, with revisions left pending: not the entities' tables, so Hibernate validates none.
	private ConfigurableApplicationContext start(TestDatabase database, String... properties) {
		String url = database.url() + (database.url().contains("?") ? "&" : "?") + "password=" + SECRET;
		Stream<String> all = Stream.concat(Stream.of("spring.datasource.url=" + url,
				"spring.datasource.username=" + database.user(), "spring.datasource.password=" + SECRET,
				"server.port=0", "migrations.locations=filesystem:" + this.revisions,
				"spring.jpa.hibernate.ddl-auto=none"), Stream.of(properties));
		return new SpringApplicationBuilder(SampleApplication.class).profiles("test")
			.run(all.map((property) -> "--" + property).toArray(String[]::new));
	}

	private void copyRevisions() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migrations"))) {
			for (Path file : files.toList()) {
				Files.copy(file, this.revisions.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	private JsonNode document(String base, String query) throws IOException, InterruptedException {
		HttpResponse<String> response = get(base + "/actuator/migrations" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private JsonNode report(String base, String query) throws IOException, InterruptedException {
		JsonNode dataSources = document(base, query).get("dataSources");
		assertThat(dataSources.propertyNames()).containsExactly("dataSource");
		return dataSources.get("dataSource");
	}

	private JsonNode assertHealth(String base, int httpStatus, String health, String migrationsStatus)
			throws IOException, InterruptedException {
		HttpResponse<String> response = get(base + "/actuator/health");
		assertThat(response.statusCode()).isEqualTo(httpStatus);
		JsonNode migrations = this.json.readTree(response.body()).get("components").get("migrations");
		assertThat(migrations.get("status").asString()).isEqualTo(health);
		assertThat(migrations.get("details").get("status").asString()).isEqualTo(migrationsStatus);
		return migrations;
	}

	private double measurement(String base, String meter, String statistic, String... tags)
			throws IOException, InterruptedException {
		StringBuilder url = new StringBuilder(base + "/actuator/metrics/" + meter);
		for (int i = 0; i < tags.length; i++) {
			url.append((i == 0) ? "?" : "&").append("tag=").append(tags[i]);
		}
		HttpResponse<String> response = get(url.toString());
		assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
		for (JsonNode measurement : this.json.readTree(response.body()).get("measurements")) {
			if (measurement.get("statistic").asString().equals(statistic)) {
				return measurement.get("value").asDouble();
			}
		}
		throw new AssertionError("No " + statistic + " in " + response.body());
	}

	private List<String> tags(String base, String meter) throws IOException, InterruptedException {
		return ids(this.json.readTree(get(base + "/actuator/metrics/" + meter).body()).get("availableTags"), "tag");
	}

	private void assertShapeIsDocumented(String example, JsonNode actual) throws IOException {
		assertThat(JsonShape.differences(ActuatorDocumentation.example(example), actual))
			.as("shape of the '%s' example in %s against %s", example, ActuatorDocumentation.FILE, actual)
			.isEmpty();
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach((node) -> ids.add(node.asString()));
		return ids;
	}

	private static List<String> ids(JsonNode array, String field) {
		List<String> ids = new ArrayList<>();
		array.forEach((node) -> ids.add(node.get(field).asString()));
		return ids;
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		this.responses.add(response.body());
		return response;
	}

}
