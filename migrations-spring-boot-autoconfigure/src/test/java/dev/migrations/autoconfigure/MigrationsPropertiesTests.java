package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrations.core.api.MigrationsConfig;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsPropertiesTests {

	@Test
	void defaultValuesAreConsistent() {
		MigrationsProperties properties = new MigrationsProperties();
		MigrationsConfig engine = MigrationsConfig.defaults();
		assertThat(properties.getLocations()).isEqualTo(engine.locations());
		assertThat(properties.getSchema()).isEqualTo(engine.schema());
		assertThat(properties.getVersionTable()).isEqualTo(engine.versionTable());
		assertThat(properties.getHistoryTable()).isEqualTo(engine.historyTable());
		assertThat(properties.getLockTimeout()).isEqualTo(engine.lockTimeout());
		assertThat(properties.isTransactionPerMigration()).isEqualTo(engine.transactionPerMigration());
		assertThat(properties.isValidateChecksums()).isEqualTo(engine.validateChecksums());
		assertThat(properties.getPlaceholders()).isEqualTo(engine.placeholders());
		assertThat(properties.getRevision().getDirectory()).isEqualTo(engine.revisionDirectory());
		assertThat(properties.isAllowUnknownRevisions()).isEqualTo(engine.allowUnknownRevisions());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getStartup()).isEqualTo(MigrationsProperties.Startup.UPGRADE);
		assertThat(properties.getTarget()).isEqualTo("heads");
		assertThat(properties.getBaselineOnStartup()).isNull();
		assertThat(properties.getUrl()).isNull();
		assertThat(properties.getUser()).isNull();
		assertThat(properties.getPassword()).isNull();
		assertThat(properties.getInstances()).isEmpty();
	}

	@Test
	void instanceDefaultValuesAreTheTopLevelDefaults() {
		MigrationsProperties.Instance instance = new MigrationsProperties.Instance();
		MigrationsConfig engine = MigrationsConfig.defaults();
		assertThat(instance.getLocations()).isEqualTo(engine.locations());
		assertThat(instance.getVersionTable()).isEqualTo(engine.versionTable());
		assertThat(instance.getHistoryTable()).isEqualTo(engine.historyTable());
		assertThat(instance.getLockTimeout()).isEqualTo(engine.lockTimeout());
		assertThat(instance.isTransactionPerMigration()).isEqualTo(engine.transactionPerMigration());
		assertThat(instance.isValidateChecksums()).isEqualTo(engine.validateChecksums());
		assertThat(instance.getRevision().getDirectory()).isEqualTo(engine.revisionDirectory());
		assertThat(instance.isAllowUnknownRevisions()).isEqualTo(engine.allowUnknownRevisions());
		assertThat(instance.getStartup()).isEqualTo(MigrationsProperties.Startup.UPGRADE);
		assertThat(instance.getDataSource()).isNull();
	}

	@Test
	void everyPropertyHasADescriptionInTheMetadata() throws IOException {
		JsonNode properties = metadata().get("properties");
		List<String> names = new ArrayList<>();
		properties.forEach((property) -> {
			names.add(property.get("name").asString());
			assertThat(property.path("description").asString()).as(property.get("name").asString())
				.isNotBlank()
				.endsWith(".");
		});
		assertThat(names).contains("migrations.enabled", "migrations.locations", "migrations.startup",
				"migrations.target", "migrations.schema", "migrations.version-table", "migrations.history-table",
				"migrations.transaction-per-migration", "migrations.validate-checksums", "migrations.lock-timeout",
				"migrations.placeholders", "migrations.revision.directory", "migrations.url", "migrations.user",
				"migrations.password", "migrations.allow-unknown-revisions", "migrations.baseline-on-startup",
				"migrations.instances");
	}

	@Test
	void theStartupModesAreHintedInTheMetadata() throws IOException {
		List<String> values = new ArrayList<>();
		for (JsonNode hint : metadata().get("hints")) {
			if (hint.get("name").asString().equals("migrations.startup")) {
				hint.get("values").forEach((value) -> {
					values.add(value.get("value").asString());
					assertThat(value.get("description").asString()).isNotBlank();
				});
			}
		}
		assertThat(values).containsExactly("upgrade", "validate", "none");
	}

	@Test
	void theDefaultLocationIsInTheMetadata() throws IOException {
		for (JsonNode property : metadata().get("properties")) {
			if (property.get("name").asString().equals("migrations.locations")) {
				assertThat(property.get("defaultValue").get(0).asString()).isEqualTo("classpath:db/migrations");
				return;
			}
		}
		throw new AssertionError("No migrations.locations in the metadata");
	}

	// The metadata of this module, not that of another jar on the test classpath.
	private static JsonNode metadata() throws IOException {
		URL classes = MigrationsProperties.class.getProtectionDomain().getCodeSource().getLocation();
		try (InputStream in = new URL(classes, "META-INF/spring-configuration-metadata.json").openStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
