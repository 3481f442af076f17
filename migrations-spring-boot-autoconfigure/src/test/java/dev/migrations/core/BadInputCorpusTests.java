package dev.migrations.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Resolution;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bad input corpus of {@code src/test/resources/corpus} (its README describes a case): each case fails with its
 * own error code and a message naming the file, line or value, and leaves the database exactly as it was; or, where
 * DDL commits by itself and a revision failed part-way, as documented: the version rows where they were and the
 * revision recorded as failed.
 */
class BadInputCorpusTests {

	private static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();

	private static final String SETUP = "filesystem:" + CORPUS.resolve("_setup");

	static Stream<Arguments> cases() throws IOException {
		List<Arguments> cases = new ArrayList<>();
		for (String name : names()) {
			String dialects = load(name).getProperty("dialects");
			TestDatabase.every()
				.filter((database) -> dialects == null || List.of(dialects.split(",")).contains(database.dialect()))
				.forEach((database) -> cases.add(Arguments.of(name, database)));
		}
		return cases.stream();
	}

	@Test
	void corpusHasAtLeastThirtyCasesCoveringEveryKindOfBadInput() throws IOException {
		List<String> names = names();
		assertThat(names).hasSizeGreaterThanOrEqualTo(30);
		List<String> codes = new ArrayList<>();
		for (String name : names) {
			codes.add(load(name).getProperty("code"));
		}
		assertThat(codes).contains("INVALID_REVISION_FILE", "INVALID_REVISION_ID", "UNKNOWN_PARENT", "CYCLE",
				"DUPLICATE_REVISION", "SQL_FAILED", "INVALID_CONFIGURATION", "INVALID_TARGET", "UNREADABLE_LOCATION",
				"CHECKSUM_MISMATCH", "UNRESOLVED_FAILURE");
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("cases")
	void badInputFailsWithItsCodeNamesWhatIsWrongAndChangesNothing(String name, TestDatabase database)
			throws Exception {
		Properties spec = load(name);
		Path directory = CORPUS.resolve(name);
		Migrations setup = Migrations.builder(database.dataSource()).locations(setupLocations(directory)).build();
		String setupCode = spec.getProperty("setup-code");
		if (setupCode != null) {
			MigrationsException setupFailure = catchThrowableOfType(MigrationsException.class,
					() -> setup.upgrade("heads"));
			assertThat(setupFailure).as("the setup failure").isNotNull();
			assertThat(setupFailure.getCode().name()).isEqualTo(setupCode);
		}
		else {
			setup.upgrade("heads");
		}
		State before = State.of(database, setup);
		MigrationsException failure = catchThrowableOfType(MigrationsException.class, () -> run(spec, directory, database));
		assertThat(failure).as("%s: %s must fail", name, spec.getProperty("description")).isNotNull();
		String dialect = database.dialect();
		String suffix = database.transactionalDdl() ? "" : ".nontransactional";
		assertThat(failure.getCode()).isEqualTo(ErrorCode.valueOf(spec.getProperty("code." + dialect,
				spec.getProperty("code" + suffix, spec.getProperty("code")))));
		String message = spec.getProperty("message." + dialect);
		List<String> messages = messages(spec, suffix).isEmpty() ? messages(spec, "") : messages(spec, suffix);
		for (String fragment : (message != null) ? List.of(message) : messages) {
			assertThat(failure.getMessage()).contains(fragment);
		}
		State after = State.of(database, setup);
		if (Boolean.parseBoolean(spec.getProperty("partial" + suffix))) {
			// Where each DDL statement commits by itself, the statements before the failed one stay: the version
			// rows do not move, and the revision is recorded as failed, waiting to be resolved.
			assertThat(after.current()).isEqualTo(before.current());
			assertThat(after.history()).hasSize(before.history().size() + 1);
			assertThat(after.history().get(0)).contains(" FAILED ");
			assertThat(setup.unresolvedFailures()).hasSize(1);
		}
		else {
			assertThat(after).isEqualTo(before);
		}
	}

	private static void run(Properties spec, Path directory, TestDatabase database) {
		MigrationsBuilder builder = Migrations.builder(database.dataSource()).locations(locations(spec, directory));
		setting(spec, "version-table", builder::versionTable);
		setting(spec, "history-table", builder::historyTable);
		setting(spec, "schema", builder::schema);
		setting(spec, "lock-timeout", (value) -> builder.lockTimeout(Duration.parse(value)));
		Migrations migrations = builder.build();
		String target = spec.getProperty("target", "");
		switch (spec.getProperty("command")) {
			case "upgrade" -> migrations.upgrade(target);
			case "downgrade" -> migrations.downgrade(target);
			case "validate" -> migrations.validate();
			case "resolve" -> migrations.resolve(target, Resolution.NOT_APPLIED);
			case "accept-checksum" -> migrations.acceptChecksum(target);
			case "build" -> {
			}
			default -> throw new IllegalArgumentException("Unknown command " + spec.getProperty("command"));
		}
	}

	private static List<String> setupLocations(Path directory) {
		List<String> locations = new ArrayList<>(List.of(SETUP));
		if (Files.isDirectory(directory.resolve("setup"))) {
			locations.add("filesystem:" + directory.resolve("setup"));
		}
		return locations;
	}

	private static List<String> locations(Properties spec, Path directory) {
		List<String> locations = new ArrayList<>(List.of(SETUP));
		String configured = spec.getProperty("locations");
		if (configured != null) {
			locations.add(configured.replace("${case}", directory.toString()));
		}
		else if (Files.isDirectory(directory.resolve("revisions"))) {
			locations.add("filesystem:" + directory.resolve("revisions"));
		}
		return locations;
	}

	private static void setting(Properties spec, String key, Consumer<String> setter) {
		String value = spec.getProperty(key);
		if (value != null) {
			setter.accept(value);
		}
	}

	private static List<String> messages(Properties spec, String suffix) {
		return Stream.of("message", "message2", "message3")
			.map((key) -> spec.getProperty(key + suffix))
			.filter(Objects::nonNull)
			.toList();
	}

	private static List<String> names() throws IOException {
		try (Stream<Path> entries = Files.list(CORPUS)) {
			return entries.filter((entry) -> Files.isRegularFile(entry.resolve("case.properties")))
				.map((entry) -> entry.getFileName().toString())
				.sorted()
				.toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(CORPUS.resolve(name).resolve("case.properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/**
	 * Everything a command could change: tables with their columns and row counts, every row, every index, the
	 * version rows and the history.
	 */
	private record State(SchemaSnapshot schema, Map<String, List<String>> rows, List<String> indexes,
			List<String> current, List<String> history) {

		static State of(TestDatabase database, Migrations migrations) throws SQLException {
			SchemaSnapshot schema = SchemaSnapshot.of(database);
			Map<String, List<String>> rows = new TreeMap<>();
			List<String> indexes = new ArrayList<>();
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				DatabaseMetaData metaData = connection.getMetaData();
				for (String table : SchemaSnapshot.tableNames(connection)) {
					List<String> values = new ArrayList<>();
					try (ResultSet result = statement
						.executeQuery("SELECT * FROM " + database.quote(table) + " ORDER BY 1")) {
						int columns = result.getMetaData().getColumnCount();
						while (result.next()) {
							StringBuilder row = new StringBuilder();
							for (int i = 1; i <= columns; i++) {
								row.append(result.getString(i)).append('|');
							}
							values.add(row.toString());
						}
					}
					rows.put(table, values);
					try (ResultSet result = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), table,
							false, false)) {
						while (result.next()) {
							indexes.add(table + "." + result.getString("INDEX_NAME") + "("
									+ result.getString("COLUMN_NAME") + ")");
						}
					}
				}
			}
			indexes.sort(null);
			List<String> history = migrations.historyRecords(1000).stream()
				.map((record) -> record.revision() + " " + record.direction() + " " + record.outcome() + " "
						+ record.checksum() + " " + record.finishedAt())
				.toList();
			return new State(schema, rows, indexes, migrations.current(), history);
		}

	}

}
